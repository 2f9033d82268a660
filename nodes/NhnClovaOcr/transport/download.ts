import type { IExecuteFunctions } from 'n8n-workflow';
import { inputError } from '../errors';
import { detectFormat } from '../input/fileFormat';
import type { FileInput, UrlInput } from '../input/readInput';

/** For APIs that take only uploads: the node fetches the URL itself and sends the bytes. */
export async function downloadUrl(
	ctx: IExecuteFunctions,
	itemIndex: number,
	input: UrlInput,
): Promise<FileInput> {
	let response: { statusCode: number; headers: Record<string, string>; body: unknown };
	try {
		response = await ctx.helpers.httpRequest({
			method: 'GET',
			url: input.url,
			encoding: 'arraybuffer',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: 60_000,
		});
	} catch (error) {
		throw inputError(
			ctx,
			itemIndex,
			`Could not download ${input.url}`,
			`${(error as Error).message}. Check that the URL is public and reachable from n8n.`,
		);
	}
	if (response.statusCode < 200 || response.statusCode >= 300) {
		throw inputError(
			ctx,
			itemIndex,
			`Could not download ${input.url} (HTTP ${response.statusCode})`,
			'Check that the URL is public and points to the file itself.',
		);
	}
	const bytes = Buffer.from(response.body as Buffer);
	const mimeType =
		String(response.headers['content-type'] ?? '')
			.split(';')[0]
			.trim() || undefined;
	return {
		kind: 'file',
		bytes,
		fileName: input.fileName,
		mimeType,
		format: detectFormat({ mimeType, fileName: input.fileName, bytes }),
	};
}
