import type { IExecuteFunctions } from 'n8n-workflow';
import { inspectFile } from '../input/inspectFile';
import { checkDocument, type FileLimits } from '../input/limits';
import type { FileInput, OcrInput } from '../input/readInput';
import { modelUrlHopCheck } from '../input/toolUrl';
import type { RequestPolicy } from './policy';
import { downloadUrl } from './download';

/**
 * For APIs that take uploads only: the item's file (checked when the item was prepared), or the file at its URL
 * downloaded by the node and checked here against the documented limits, before the upload. In tool mode every
 * redirect of the download is checked like the URL the model passed. `url` is the address it came from.
 */
export async function documentFile(
	item: {
		input?: OcrInput;
		n8n: IExecuteFunctions;
		policy: RequestPolicy;
		params: { tool: boolean; input?: { type: string; allowInternal?: boolean } };
	},
	limits: FileLimits,
): Promise<{ file: FileInput; url?: string }> {
	const { input } = item;
	if (!input) throw new Error('documentFile: the operation reads no document');
	if (input.kind === 'file') return { file: input };
	const checkHop = item.params.tool
		? modelUrlHopCheck(item.params.input?.allowInternal === true)
		: undefined;
	const file = await downloadUrl(item.n8n, input, limits, item.policy, checkHop);
	const { check } = await inspectFile(file);
	return { file: { ...file, format: checkDocument(file, check, limits) }, url: input.url };
}
