import type { OcrInput } from '../input/readInput';
import { withoutUserInfo } from '../input/shownUrl';
import type { Source } from '../output';

export function sourceOf(input: OcrInput, resource: string, operation: string): Source {
	return input.kind === 'url'
		? { url: withoutUserInfo(input.url), fileName: input.fileName, resource, operation }
		: { fileName: input.fileName, mimeType: input.mimeType, resource, operation };
}
