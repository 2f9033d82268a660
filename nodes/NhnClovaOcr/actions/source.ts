import type { OcrInput } from '../input/readInput';
import type { InputSource } from '../output';

/** What an item's `source` says about its input; the router adds the resource, operation and matched template. */
export function sourceOf(input: OcrInput): InputSource {
	return input.kind === 'url'
		? { url: input.url, fileName: input.fileName }
		: { fileName: input.fileName, mimeType: input.mimeType };
}
