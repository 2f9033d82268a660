import type { OcrInput } from '../input/readInput';
import { withoutUserInfo } from '../input/shownUrl';
import type { InputSource } from '../model/result';

/** What an item's `source` says about its input; the router adds the resource, operation and matched template. */
export function sourceOf(input: OcrInput): InputSource {
	return input.kind === 'url'
		? { url: withoutUserInfo(input.url), fileName: input.fileName }
		: { fileName: input.fileName, mimeType: input.mimeType };
}
