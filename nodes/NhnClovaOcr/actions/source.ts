import type { OcrInput } from '../input/readInput';
import type { Source } from '../output';

export function sourceOf(input: OcrInput, resource: string, operation: string): Source {
	return input.kind === 'url'
		? { url: input.url, fileName: input.fileName, resource, operation }
		: { fileName: input.fileName, mimeType: input.mimeType, resource, operation };
}
