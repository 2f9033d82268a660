import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { ZodType, ZodTypeDef } from 'zod';
import { inputError } from '../../core/errors';
import type { FileFormat } from '../../core/input/fileFormat';
import { fileBytes, uploadValue } from '../../core/input/fileSource';
import { checkFile, type FileLimits } from '../../core/input/limits';
import {
	asChoice,
	asText,
	asTextList,
	parameterError,
	readOptions,
} from '../../core/values/parameters';
import { readInput, type OcrInput } from '../../core/input/readInput';
import { displayUrl } from '../../core/input/shownUrl';
import {
	callClova,
	type ClovaBody,
	type ClovaEndpoint,
	type ClovaImageStatus,
	type ClovaMessage,
	type ClovaReply,
} from '../calls';

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

const LANGUAGES = ['ko', 'ja', 'zh-TW'];

/** The CLOVA options, each checked whatever an expression gave it. */
function readClovaOptions(ctx: IExecuteFunctions, itemIndex: number) {
	const options = readOptions(ctx, itemIndex);
	const languages = asTextList(ctx, itemIndex, options.languages, {
		displayName: 'Languages',
		expects: `a list of language codes (${LANGUAGES.join(', ')})`,
	});
	const unknown = languages.filter((language) => !LANGUAGES.includes(language));
	if (unknown.length) {
		throw parameterError(
			ctx,
			itemIndex,
			'Languages',
			`language codes from ${LANGUAGES.join(', ')}`,
			unknown.join(', '),
		);
	}
	return {
		languages,
		version: asChoice<'V1' | 'V2'>(ctx, itemIndex, options.version, {
			displayName: 'Version',
			choices: { V2: 'V2 (Recommended)', V1: 'V1' },
			fallback: 'V2',
		}),
		sendAs: asChoice<'multipart' | 'base64'>(ctx, itemIndex, options.sendAs, {
			displayName: 'Send File As',
			choices: { multipart: 'Multipart Upload', base64: 'Base64 in JSON' },
			fallback: 'multipart',
		}),
		imageName: asText(ctx, itemIndex, options.imageName, {
			displayName: 'Image Name',
			expects: 'a text, e.g. receipt-0142',
		}),
	};
}

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
	const options = readClovaOptions(ctx, itemIndex);
	const input = await readInput(ctx, itemIndex);
	const format = input.kind === 'file' ? checkFile(ctx, itemIndex, input, limits) : input.format;
	if (!format) {
		throw inputError(
			ctx,
			itemIndex,
			`Cannot tell the file format of ${input.kind === 'url' ? displayUrl(input.url) : input.fileName}`,
			'CLOVA OCR needs the format: use a URL that ends in .jpg, .jpeg, .png, .pdf, .tif or .tiff, or download the file first and send it as binary.',
		);
	}
	const { languages } = options;
	const message: ClovaMessage = {
		version: options.version,
		lang: languages.length ? languages.join(',') : undefined,
		enableTableDetection: extra.enableTableDetection,
		image: {
			format: clovaFormats[format],
			name: options.imageName || input.fileName,
			...(extra.templateIds?.length ? { templateIds: extra.templateIds } : {}),
		},
	};
	let body: ClovaBody;
	if (input.kind === 'url') {
		message.image.url = input.url;
		body = { kind: 'json', message };
	} else if (options.sendAs === 'base64') {
		body = { kind: 'base64', message, file: await fileBytes(input) };
	} else {
		body = { kind: 'multipart', message, file: uploadValue(input), fileName: input.fileName };
	}
	return { input, reply: await callClova(ctx, itemIndex, endpoint, body, schema) };
}
