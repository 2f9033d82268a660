import type { IExecuteFunctions } from 'n8n-workflow';
import { checkToolArguments } from '../actions/toolMode';
import { inputError } from '../errors';
import { detectFormat, type FileFormat } from './fileFormat';

export interface FileInput {
	kind: 'file';
	bytes: Buffer;
	fileName: string;
	mimeType?: string;
	format?: FileFormat;
}

export interface UrlInput {
	kind: 'url';
	url: string;
	fileName: string;
	format?: FileFormat;
}

export type OcrInput = FileInput | UrlInput;

/** A binary property name is a short identifier; an expression that resolved to file contents or an object is not. */
function looksLikeAValue(name: string): boolean {
	return (
		name.length > 64 ||
		/[\s{}[\]"':,]/.test(name) ||
		name.startsWith('data:') ||
		name === '[object Object]'
	);
}

async function readBinary(ctx: IExecuteFunctions, itemIndex: number): Promise<FileInput> {
	const propertyName = (
		ctx.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string
	).trim();
	if (!propertyName) {
		throw inputError(
			ctx,
			itemIndex,
			'No binary property name given',
			'Enter the name of the binary field that holds the file, for example "data".',
		);
	}
	const binary = ctx.getInputData()[itemIndex]?.binary ?? {};
	if (!binary[propertyName]) {
		const available = Object.keys(binary);
		const preview = propertyName.length > 40 ? `${propertyName.slice(0, 40)}…` : propertyName;
		if (looksLikeAValue(propertyName)) {
			throw inputError(
				ctx,
				itemIndex,
				`"Input Binary Field" holds a value, not a field name ("${preview}")`,
				'Enter just the name of the binary field, for example "data" — not an expression such as {{ $binary.data }}, which gives the file itself.' +
					(available.length ? ` This item has: ${available.join(', ')}.` : ''),
			);
		}
		throw inputError(
			ctx,
			itemIndex,
			`This item has no binary field "${propertyName}"`,
			available.length
				? `Binary fields on this item: ${available.join(', ')}. Enter one of them in "Input Binary Field".`
				: 'The item has no file at all. Put a node that reads or downloads the file (e.g. Read/Write Files from Disk, HTTP Request, Gmail with "Download Attachments") before this node, or choose "Image URL" as the input.',
		);
	}
	const data = ctx.helpers.assertBinaryData(itemIndex, propertyName);
	const bytes = await ctx.helpers.getBinaryDataBuffer(itemIndex, propertyName);
	const fileName =
		data.fileName ?? `${propertyName}${data.fileExtension ? `.${data.fileExtension}` : ''}`;
	return {
		kind: 'file',
		bytes,
		fileName,
		mimeType: data.mimeType,
		format: detectFormat({ mimeType: data.mimeType, fileName, bytes }),
	};
}

function readUrl(ctx: IExecuteFunctions, itemIndex: number): UrlInput {
	const raw = (ctx.getNodeParameter('imageUrl', itemIndex, '') as string).trim();
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw inputError(
			ctx,
			itemIndex,
			raw ? `"${raw}" is not a valid URL` : 'No image URL given',
			'Enter a full address starting with https://, for example https://example.com/receipt.jpg.',
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw inputError(
			ctx,
			itemIndex,
			`The image URL must start with https:// or http://`,
			`"${raw}" uses ${url.protocol}; the OCR service can only download web addresses.`,
		);
	}
	const fileName = decodeURIComponent(url.pathname.split('/').pop() || url.hostname);
	return { kind: 'url', url: url.toString(), fileName, format: detectFormat({ fileName }) };
}

export async function readInput(ctx: IExecuteFunctions, itemIndex: number): Promise<OcrInput> {
	checkToolArguments(ctx, itemIndex);
	const inputType = ctx.getNodeParameter('inputType', itemIndex, 'binary') as string;
	return inputType === 'url' ? readUrl(ctx, itemIndex) : await readBinary(ctx, itemIndex);
}
