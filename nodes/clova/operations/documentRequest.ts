import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { checkSinglePage, clovaDocumentLimits } from '../../core/input/documentLimits';
import { fileBytes } from '../../core/input/fileSource';
import { checkFile } from '../../core/input/limits';
import type { OcrInput } from '../../core/input/readInput';
import { callClova, type ClovaBody, type ClovaImageStatus, type ClovaMessage } from '../calls';
import { readDocumentFile } from '../../core/input/documentFile';
import type { ZodType, ZodTypeDef } from 'zod';
import { clovaOptions } from './request';

/** Send File As and Image Name, as the other CLOVA operations have them (Document OCR is V2 only and has no languages). */
export const clovaDocumentOptions: INodeProperties[] = clovaOptions.filter((option) =>
	['sendAs', 'imageName'].includes(option.name),
);

const formats = { jpg: 'jpg', png: 'png', pdf: 'pdf', tiff: 'tiff' } as const;

/**
 * CLOVA Document OCR takes the image's bytes only (no URL): an Image URL is downloaded by n8n first. One image, V2,
 * PDF/TIFF single page; checked before the call. Returns the answer's image, validated (with the whole answer)
 * against `schema`.
 */
export async function sendToClovaDocument<T extends ClovaImageStatus>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	model: 'receipt' | 'biz-license',
	schema: ZodType<{ images: T[] }, ZodTypeDef, unknown>,
): Promise<{ input: OcrInput; image: T; raw: unknown }> {
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const { file, url } = await readDocumentFile(ctx, itemIndex, clovaDocumentLimits);
	const format = checkFile(ctx, itemIndex, file, clovaDocumentLimits);
	// A receipt or licence is one page: read whole here, to count the pages of a PDF or TIFF before the paid call.
	const bytes = await fileBytes(file);
	checkSinglePage(ctx, itemIndex, { ...file, bytes }, format);
	const message: ClovaMessage = {
		version: 'V2',
		image: {
			format: formats[format],
			name: String(options.imageName || '').trim() || file.fileName,
		},
	};
	let body: ClovaBody;
	if (options.sendAs === 'base64') {
		message.image.data = bytes.toString('base64');
		body = { kind: 'json', message };
	} else {
		body = { kind: 'multipart', message, file: bytes, fileName: file.fileName };
	}
	const reply = await callClova(ctx, itemIndex, `document/${model}`, body, schema);
	const input: OcrInput = url ? { kind: 'url', url, fileName: file.fileName } : file;
	return { input, image: reply.result.images[0], raw: reply.raw };
}
