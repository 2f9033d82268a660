import type { IExecuteFunctions } from 'n8n-workflow';
import { downloadUrl } from '../transport/download';
import { checkFile, type FileLimits } from './limits';
import { readInput, type FileInput } from './readInput';

/** Document OCR takes uploads only: a URL is downloaded by the node. The documented limits are checked before upload. */
export async function readDocumentFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	limits: FileLimits,
): Promise<{ file: FileInput; url?: string }> {
	const input = await readInput(ctx, itemIndex);
	const file = input.kind === 'url' ? await downloadUrl(ctx, itemIndex, input, limits) : input;
	checkFile(ctx, itemIndex, file, limits);
	return { file, url: input.kind === 'url' ? input.url : undefined };
}
