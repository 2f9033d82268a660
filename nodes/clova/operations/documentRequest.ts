import type { INodeProperties } from 'n8n-workflow';
import type { ZodType, ZodTypeDef } from 'zod';
import { documentFile } from '../../core/transport/documentFile';
import { fileBytes, uploadValue } from '../../core/input/fileSource';
import type { OcrInput } from '../../core/input/readInput';
import type { ItemRun } from '../../core/node/operation';
import { callClova, type ClovaBody, type ClovaImageStatus, type ClovaMessage } from '../calls';
import { clovaDocumentLimits } from '../limits';
import { clovaFormats, clovaOptions, type ClovaOptions } from './request';

/** Send File As and Image Name, as the other CLOVA operations have them (Document OCR is V2 only and has no languages). */
export const clovaDocumentOptions: INodeProperties[] = clovaOptions.filter((option) =>
	['sendAs', 'imageName'].includes(option.name),
);

/**
 * CLOVA Document OCR takes the image's bytes only (no URL): an Image URL is downloaded by n8n first. One image, V2,
 * PDF/TIFF single page (checked before the call). Returns the answer's image, validated (with the whole answer)
 * against `schema`.
 */
export async function sendToClovaDocument<T extends ClovaImageStatus>(
	item: ItemRun<{ clova: ClovaOptions }>,
	model: 'receipt' | 'biz-license',
	schema: ZodType<{ images: T[] }, ZodTypeDef, unknown>,
): Promise<{ input: OcrInput; image: T; raw: unknown }> {
	const options = item.params.own.clova;
	const { file, url } = await documentFile(item, clovaDocumentLimits);
	const message: ClovaMessage = {
		version: 'V2',
		image: { format: clovaFormats[file.format!], name: options.imageName || file.fileName },
	};
	const body: ClovaBody =
		options.sendAs === 'base64'
			? { kind: 'base64', message, file: await fileBytes(file) }
			: { kind: 'multipart', message, file: uploadValue(file), fileName: file.fileName };
	const reply = await callClova(item, `document/${model}`, body, schema);
	const input: OcrInput = url ? { kind: 'url', url, fileName: file.fileName } : file;
	return { input, image: reply.result.images[0], raw: reply.raw };
}
