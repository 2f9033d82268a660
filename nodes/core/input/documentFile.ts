import type { ItemRun } from '../node/operation';
import { downloadUrl } from '../transport/download';
import { fileBytes } from './fileSource';
import { checkFile, checkPages, type FileLimits } from './limits';
import type { FileInput } from './readInput';

/**
 * For APIs that take uploads only: the item's file, or the file at its URL downloaded by the node, checked against
 * the documented limits before the upload. `url` is the address it came from.
 */
export async function documentFile(
	item: ItemRun,
	limits: FileLimits,
): Promise<{ file: FileInput; url?: string }> {
	const { input } = item;
	if (!input) throw new Error('documentFile: the operation reads no document');
	if (input.kind === 'file') return { file: input };
	const file = await downloadUrl(item.n8n, input, limits, item.policy);
	const format = checkFile(file, limits);
	if (limits.maxPages?.(format) !== undefined)
		checkPages(file, await fileBytes(file), format, limits);
	return { file, url: input.url };
}
