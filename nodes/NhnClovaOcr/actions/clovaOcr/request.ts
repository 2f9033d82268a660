import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { ZodType, ZodTypeDef } from 'zod';
import { inputError } from '../../errors';
import type { FileFormat } from '../../input/fileFormat';
import { checkFile, type FileLimits } from '../../input/limits';
import { readInput, type OcrInput } from '../../input/readInput';
import {
	callClova,
	type ClovaBody,
	type ClovaEndpoint,
	type ClovaImageStatus,
	type ClovaMessage,
	type ClovaReply,
} from '../../transport/clova';

/** Options every CLOVA operation has. */
export const clovaOptions: INodeProperties[] = [
	{
		displayName: 'Version',
		name: 'version',
		type: 'options',
		options: [
			{
				name: 'V2 (Recommended)',
				value: 'V2',
				description: 'Polygon boxes, line breaks, page info for PDF and TIFF',
			},
			{
				name: 'V1',
				value: 'V1',
				description:
					'Rectangle boxes; no line breaks from CLOVA, so lines are rebuilt from the boxes',
			},
		],
		default: 'V2',
	},
	{
		displayName: 'Languages',
		name: 'languages',
		type: 'multiOptions',
		options: [
			{ name: 'Korean', value: 'ko' },
			{ name: 'Japanese', value: 'ja' },
			{ name: 'Chinese (Traditional)', value: 'zh-TW' },
		],
		default: [],
		description: "Languages to recognize; none selected uses the domain's language setting",
	},
	{
		displayName: 'Send File As',
		name: 'sendAs',
		type: 'options',
		options: [
			{
				name: 'Multipart Upload',
				value: 'multipart',
				description: 'The file as a form upload (smaller request)',
			},
			{
				name: 'Base64 in JSON',
				value: 'base64',
				description: 'The file encoded inside a JSON body',
			},
		],
		default: 'multipart',
	},
	{
		displayName: 'Image Name',
		name: 'imageName',
		type: 'string',
		default: '',
		description: 'Name CLOVA uses to identify the image in its answer; empty uses the file name',
	},
];

const clovaFormats: Record<FileFormat, string> = {
	jpg: 'jpg',
	png: 'png',
	pdf: 'pdf',
	tiff: 'tiff',
};

/** Reads the input, checks the documented limits and sends it the way the options say. */
export async function sendToClova<T extends { images: ClovaImageStatus[] }>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	endpoint: ClovaEndpoint,
	limits: FileLimits,
	extra: Partial<Pick<ClovaMessage, 'enableTableDetection'>> & { templateIds?: number[] },
	schema: ZodType<T, ZodTypeDef, unknown>,
): Promise<{ input: OcrInput; reply: ClovaReply<T> }> {
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const input = await readInput(ctx, itemIndex);
	const format = input.kind === 'file' ? checkFile(ctx, itemIndex, input, limits) : input.format;
	if (!format) {
		throw inputError(
			ctx,
			itemIndex,
			`Cannot tell the file format of ${input.kind === 'url' ? input.url : input.fileName}`,
			'CLOVA OCR needs the format: use a URL that ends in .jpg, .jpeg, .png, .pdf, .tif or .tiff, or download the file first and send it as binary.',
		);
	}
	const languages = (options.languages as string[] | undefined) ?? [];
	const message: ClovaMessage = {
		version: (options.version as 'V1' | 'V2' | undefined) ?? 'V2',
		lang: languages.length ? languages.join(',') : undefined,
		enableTableDetection: extra.enableTableDetection,
		image: {
			format: clovaFormats[format],
			name: String(options.imageName || '').trim() || input.fileName,
			...(extra.templateIds?.length ? { templateIds: extra.templateIds } : {}),
		},
	};
	let body: ClovaBody;
	if (input.kind === 'url') {
		message.image.url = input.url;
		body = { kind: 'json', message };
	} else if (options.sendAs === 'base64') {
		message.image.data = input.bytes.toString('base64');
		body = { kind: 'json', message };
	} else {
		body = { kind: 'multipart', message, file: input.bytes, fileName: input.fileName };
	}
	return { input, reply: await callClova(ctx, itemIndex, endpoint, body, schema) };
}
