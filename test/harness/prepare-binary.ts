/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { parse } from 'node:path';
import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';

type FileType = { ext: string; mime: string } | undefined;

/**
 * `this.helpers.prepareBinaryData`, as n8n's file-reading nodes call it. When it has to sniff
 * the type (no MIME type, file name without a known extension) n8n-core loads the ESM-only
 * `file-type` with `import()`, which jest refuses without --experimental-vm-modules. Then the
 * same `file-type` is loaded with Node's own loader and the outcome n8n would have reached is
 * rebuilt: the sniffed type, or text/plain.
 */
export async function prepareBinaryData(
	context: IExecuteFunctions,
	buffer: Buffer,
	fileName?: string,
	mimeType?: string,
): Promise<IBinaryData> {
	try {
		return await context.helpers.prepareBinaryData(buffer, fileName, mimeType);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG') {
			throw error;
		}
	}
	const sniffed = await sniffFileType(buffer);
	const binaryData = await context.helpers.prepareBinaryData(
		buffer,
		fileName,
		sniffed?.mime ?? 'text/plain',
	);
	// n8n names the extension after the file, else after the sniffed type, else not at all.
	if (!parse(fileName ?? '').ext.slice(1)) {
		if (sniffed) binaryData.fileExtension = sniffed.ext;
		else delete binaryData.fileExtension;
	}
	return binaryData;
}

async function sniffFileType(buffer: Buffer): Promise<FileType> {
	// process.getBuiltinModule reaches Node's loader past jest's module registry.
	const { createRequire } = process.getBuiltinModule('node:module');
	const requireFromCore = createRequire(require.resolve('n8n-core/package.json'));
	const { fileTypeFromBuffer } = requireFromCore('file-type') as {
		fileTypeFromBuffer(buffer: Buffer): Promise<FileType>;
	};
	return await fileTypeFromBuffer(buffer);
}
