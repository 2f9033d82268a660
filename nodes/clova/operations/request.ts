import type { INodeProperties } from 'n8n-workflow';
import type { ZodType, ZodTypeDef } from 'zod';
import { inputError } from '../../core/errors';
import type { FileFormat } from '../../core/input/fileFormat';
import { fileBytes, uploadValue } from '../../core/input/fileSource';
import { asChoice, asText, asTextList, parameterError } from '../../core/values/read';
import type { ItemRun } from '../../core/node/operation';
import type { ParameterSource } from '../../core/node/parameters';
import type { OcrInput, UrlInput } from '../../core/input/readInput';
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

export interface ClovaOptions {
	languages: string[];
	version: 'V1' | 'V2';
	sendAs: 'multipart' | 'base64';
	imageName: string;
}

/** The CLOVA options, each checked whatever an expression gave it. */
export function readClovaOptions(values: ParameterSource): ClovaOptions {
	const languages = asTextList(values.option('languages'), {
		displayName: 'Languages',
		expects: `a list of language codes (${LANGUAGES.join(', ')})`,
	});
	const unknown = languages.filter((language) => !LANGUAGES.includes(language));
	if (unknown.length) {
		throw parameterError(
			'Languages',
			`language codes from ${LANGUAGES.join(', ')}`,
			unknown.join(', '),
		);
	}
	return {
		languages,
		version: asChoice<'V1' | 'V2'>(values.option('version'), {
			displayName: 'Version',
			choices: { V2: 'V2 (Recommended)', V1: 'V1' },
			fallback: 'V2',
		}),
		sendAs: asChoice<'multipart' | 'base64'>(values.option('sendAs'), {
			displayName: 'Send File As',
			choices: { multipart: 'Multipart Upload', base64: 'Base64 in JSON' },
			fallback: 'multipart',
		}),
		imageName: asText(values.option('imageName'), {
			displayName: 'Image Name',
			expects: 'a text, e.g. receipt-0142',
		}),
	};
}

export const clovaFormats: Record<FileFormat, string> = {
	jpg: 'jpg',
	png: 'png',
	pdf: 'pdf',
	tiff: 'tiff',
};

/** CLOVA needs the format of a file it downloads itself: the URL's file name must tell it, before the call. */
export function checkClovaUrl(input: UrlInput): void {
	if (input.format) return;
	throw inputError(
		`Cannot tell the file format of ${displayUrl(input.url)}`,
		'CLOVA OCR needs the format: use a URL that ends in .jpg, .jpeg, .png, .pdf, .tif or .tiff, or download the file first and send it as binary.',
	);
}

/** Sends the item's input (checked when it was prepared) the way the options say. */
export async function sendToClova<T extends { images: ClovaImageStatus[] }>(
	item: ItemRun<{ clova: ClovaOptions }>,
	endpoint: ClovaEndpoint,
	extra: Partial<Pick<ClovaMessage, 'enableTableDetection'>> & { templateIds?: number[] },
	schema: ZodType<T, ZodTypeDef, unknown>,
): Promise<{ input: OcrInput; reply: ClovaReply<T> }> {
	const options = item.params.own.clova;
	const input = item.input!;
	const { languages } = options;
	const message: ClovaMessage = {
		version: options.version,
		lang: languages.length ? languages.join(',') : undefined,
		enableTableDetection: extra.enableTableDetection,
		image: {
			format: clovaFormats[input.format!],
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
	return { input, reply: await callClova(item, endpoint, body, schema) };
}
