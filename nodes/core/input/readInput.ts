import type { IBinaryData, IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { BINARY_IN_JSON_PROPERTY, BINARY_MODE_COMBINED, isBinaryValue } from 'n8n-workflow';
import { inputError } from '../errors';
import { detectFormat, type FileFormat } from './fileFormat';
import { storedFile, type FileSource } from './fileSource';
import { checkToolUrl } from './toolUrl';
import { asText, isUnset } from '../values/read';
import { displayUrl } from './shownUrl';
import { shortEcho } from '../privacy/secrets';

/** A file to upload: its bytes in memory (default binary mode), or `stored` in n8n's binary store and read from there. */
export interface FileInput extends FileSource {
	kind: 'file';
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

/** The input parameters of one item, as read: a binary field (its name or the file an expression gave) or a URL. */
export type InputParameters =
	| { type: 'binary'; field: unknown }
	/** `allowInternal`: the tool's "Allow Internal Addresses" (a model-chosen URL may lead inside the network). */
	| { type: 'url'; url: string; allowInternal?: boolean };

const BINARY_FIELD = 'Input Binary Field';

/** A binary property name is a short identifier; an expression that resolved to file contents is not. */
function looksLikeAValue(name: string): boolean {
	return (
		name.length > 64 ||
		/[\s{}[\]"':,]/.test(name) ||
		name.startsWith('data:') ||
		name === '[object Object]'
	);
}

/** The binary fields an item has, for the message when the named one is missing (the data is read by n8n's helpers). */
function availableFields(ctx: IExecuteFunctions, itemIndex: number, combined: boolean): string[] {
	const item = ctx.getInputData()[itemIndex];
	const files = combined
		? (item?.json?.[BINARY_IN_JSON_PROPERTY] as IDataObject | undefined)
		: item?.binary;
	return files && typeof files === 'object' ? Object.keys(files) : [];
}

function missingField(name: string, available: string[]) {
	const preview = shortEcho(name, 40);
	if (looksLikeAValue(name)) {
		return inputError(
			`'${BINARY_FIELD}' holds a value, not a field name ("${preview}")`,
			'Enter just the name of the binary field, for example "data".' +
				(available.length ? ` This item has: ${available.join(', ')}.` : ''),
		);
	}
	return inputError(
		`This item has no binary field "${name}"`,
		available.length
			? `Binary fields on this item: ${available.join(', ')}. Enter one of them in '${BINARY_FIELD}'.`
			: "The item has no file at all. Put a node that reads or downloads the file (e.g. Read/Write Files from Disk, HTTP Request, Gmail with 'Download Attachments') before this node, or choose 'Image URL' as the input.",
	);
}

/**
 * In the default binary mode n8n gives expressions a file's details without its contents (no `data`): such an
 * object is matched to the item's binary field it describes, which the helpers then read.
 */
function describedFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
): { reference: string; data: IBinaryData; name: string } | undefined {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const meta = value as Partial<IBinaryData>;
	if (typeof meta.mimeType !== 'string') return undefined;
	const binary = ctx.getInputData()[itemIndex]?.binary ?? {};
	const match = Object.entries(binary).find(
		([, file]) =>
			file.mimeType === meta.mimeType &&
			file.fileName === meta.fileName &&
			(meta.fileSize === undefined || file.fileSize === meta.fileSize),
	);
	if (!match) {
		throw inputError(
			`'${BINARY_FIELD}' describes a file${meta.fileName ? ` ("${shortEcho(meta.fileName, 60)}")` : ''} this item does not have`,
			'The expression gives the details of a file, not its contents, and the file is not on this item. Enter the name of the binary field instead, e.g. data, and make sure the file reaches this node.',
		);
	}
	return {
		reference: match[0],
		data: ctx.helpers.assertBinaryData(itemIndex, match[0]),
		name: match[0],
	};
}

/**
 * What to hand n8n's binary helpers: a binary object an expression gave, or a field name. In n8n's v2 "combined"
 * binary mode files live in `json._files` and the helpers take a path, so "data" is also tried as "_files.data".
 */
function binaryReference(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
): { reference: string | IBinaryData; data: IBinaryData; name: string } {
	if (isBinaryValue(value)) {
		return { reference: value, data: ctx.helpers.assertBinaryData(itemIndex, value), name: 'file' };
	}
	const described = describedFile(ctx, itemIndex, value);
	if (described) return described;
	const name = asText(value, {
		displayName: BINARY_FIELD,
		expects: 'the name of the binary field that holds the file, e.g. data',
		hint: 'An expression may also give the file itself, e.g. {{ $binary.data }}.',
	});
	if (!name) {
		throw inputError(
			'No binary property name given',
			'Enter the name of the binary field that holds the file, for example "data".',
		);
	}
	const combined = ctx.getWorkflowSettings?.()?.binaryMode === BINARY_MODE_COMBINED;
	const candidates =
		combined && !name.startsWith(`${BINARY_IN_JSON_PROPERTY}.`)
			? [name, `${BINARY_IN_JSON_PROPERTY}.${name}`]
			: [name];
	for (const candidate of candidates) {
		try {
			return {
				reference: candidate,
				data: ctx.helpers.assertBinaryData(itemIndex, candidate),
				name,
			};
		} catch {
			// n8n's own message names neither the fields the item has nor what to do: ours below does.
		}
	}
	throw missingField(name, availableFields(ctx, itemIndex, combined));
}

async function readBytes(
	ctx: IExecuteFunctions,
	itemIndex: number,
	reference: string | IBinaryData,
): Promise<Buffer> {
	return await ctx.helpers.getBinaryDataBuffer(
		itemIndex,
		reference as Parameters<typeof ctx.helpers.getBinaryDataBuffer>[1],
	);
}

async function readBinary(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: unknown,
): Promise<FileInput> {
	const { reference, data, name } = binaryReference(ctx, itemIndex, field);
	const fileName = data.fileName ?? `${name}${data.fileExtension ? `.${data.fileExtension}` : ''}`;
	if (data.id) {
		// Kept in n8n's binary store: streamed from there when sent; its bytes are checked when the item is prepared.
		const stored = await storedFile(
			ctx,
			data.id,
			async () => await readBytes(ctx, itemIndex, reference),
		);
		return {
			kind: 'file',
			stored,
			fileName,
			mimeType: data.mimeType,
			format: detectFormat({ mimeType: data.mimeType, fileName }),
		};
	}
	const bytes = await readBytes(ctx, itemIndex, reference);
	return {
		kind: 'file',
		bytes,
		fileName,
		mimeType: data.mimeType,
		format: detectFormat({ mimeType: data.mimeType, fileName, bytes }),
	};
}

function readUrl(raw: string): UrlInput {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw inputError(
			raw ? `"${shortEcho(displayUrl(raw), 120)}" is not a valid URL` : 'No image URL given',
			'Enter a full address starting with https://, for example https://example.com/receipt.jpg.',
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw inputError(
			`The image URL must start with https:// or http://`,
			`"${shortEcho(displayUrl(raw), 120)}" uses ${shortEcho(url.protocol, 20)}; the OCR service can only download web addresses.`,
		);
	}
	let fileName: string;
	try {
		fileName = decodeURIComponent(url.pathname.split('/').pop() || url.hostname);
	} catch {
		fileName = url.pathname.split('/').pop() || url.hostname;
	}
	return { kind: 'url', url: url.toString(), fileName, format: detectFormat({ fileName }) };
}

/** The item's file (read through n8n's helpers, so every binary-data mode works) or its URL, checked. */
export async function readInput(
	ctx: IExecuteFunctions,
	itemIndex: number,
	input: InputParameters,
	tool: boolean,
	/** What the operation's service reads, for a tool's messages, e.g. "a JPG or PNG file". */
	fileTypes?: string,
): Promise<OcrInput> {
	if (input.type === 'binary') {
		if (tool) checkToolFile(input.field, fileTypes);
		return await readBinary(ctx, itemIndex, input.field);
	}
	if (tool) checkToolUrl(input.url, input.allowInternal, fileTypes);
	return readUrl(input.url);
}

/** A tool's File (an expression the user set, e.g. a chat message's attachment) that gave no file. */
function checkToolFile(field: unknown, fileTypes = 'an image file'): void {
	if (!isUnset(field)) return;
	throw inputError(
		"No file came with the agent's input",
		`This tool reads the file the user attached to their message (${fileTypes}), and there was none. Ask the user to attach the document to their message, then call the tool again.`,
	);
}
