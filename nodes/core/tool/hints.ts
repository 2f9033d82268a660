import type { FileLimits } from '../input/limits';
import type { FileFormat } from '../input/fileFormat';

// What the model is told about each argument it passes: the `$fromAI` descriptions of the tool variant, written
// per operation. The model sees nothing else of a parameter (n8n builds the tool's argument schema from these
// calls only), so each says what that operation's service really takes.

/** An operation's own words for the model (in its resource's list, beside its `action`). */
export interface ToolArguments {
	/** What the file is, e.g. "a photo or scan of a receipt"; the file types come from the operation's limits. */
	file?: string;
	/** What the prompt is for (Ask About Document). */
	prompt?: string;
}

/** The `$fromAI` descriptions of one operation's arguments. */
export interface ToolHints {
	imageUrl: string;
	/** The file types and pages the operation's service reads, e.g. "a JPG or PNG file". */
	fileTypes: string;
	businessNumber: string;
	prompt: string;
}

/** resource → operation → its hints. */
export type ToolHintTable = Record<string, Record<string, ToolHints>>;

const FORMAT_NAMES: Record<FileFormat, string> = {
	jpg: 'JPG',
	png: 'PNG',
	pdf: 'PDF',
	tiff: 'TIFF',
};

function orList(words: string[]): string {
	return words.length > 1
		? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`
		: words[0];
}

/** "a JPG or PNG file", "a JPG, PNG, PDF (at most 10 pages) or TIFF file", "… single-page PDF …". */
export function fileTypesOf(limits: FileLimits | undefined): string {
	if (!limits?.formats.length) return 'an image file';
	const words = limits.formats.map((format) => {
		const pages = limits.maxPages?.(format);
		if (pages === 1) return `single-page ${FORMAT_NAMES[format]}`;
		return pages ? `${FORMAT_NAMES[format]} (at most ${pages} pages)` : FORMAT_NAMES[format];
	});
	const list = orList(words);
	return `${/^[AEIOU]/.test(list) ? 'an' : 'a'} ${list} file`;
}

export const DEFAULT_FILE = 'the document to read (a receipt, invoice, form, card or certificate)';

export const BUSINESS_NUMBER_HINT =
	'The 10-digit Korean business registration number (사업자등록번호) to look up, with or without dashes, e.g. 123-45-67890 (as printed on a business registration certificate, receipt or invoice). Not a corporate (법인등록번호) or resident registration number, which have 13 digits.';

export const PROMPT_HINT =
	'What to ask about the document, in Korean or English, at most 1,000 characters, e.g. "What is the total amount?" or "Return the supplier, date and total as JSON". A language model reads the document and answers in words (or JSON when asked for it).';

/** The hints of one operation, from its words for the model and its service's file limits. */
export function toolHints(
	words: ToolArguments | undefined,
	limits: FileLimits | undefined,
): ToolHints {
	const fileTypes = fileTypesOf(limits);
	return {
		imageUrl: `The public https:// address (URL) of ${words?.file ?? DEFAULT_FILE}: ${fileTypes}. Only a web address: not a description, a file name, a local path or a file attached to the chat.`,
		fileTypes,
		businessNumber: BUSINESS_NUMBER_HINT,
		prompt: words?.prompt ?? PROMPT_HINT,
	};
}

/** What the hints are made from: a provider's resources as core/node/resource.ts lists them. */
interface ListedResources {
	resources: Array<{
		value: string;
		operations: Record<
			string,
			{ tool?: ToolArguments; operation: { input?: { limits: FileLimits } } }
		>;
	}>;
}

/** Every operation's hints, for the tool variant's parameters (core/tool/properties.ts). */
export function toolHintTable(providers: ListedResources[]): ToolHintTable {
	const table: ToolHintTable = {};
	for (const resource of providers.flatMap((provider) => provider.resources)) {
		table[resource.value] = Object.fromEntries(
			Object.entries(resource.operations).map(([name, listed]) => [
				name,
				toolHints(listed.tool, listed.operation.input?.limits),
			]),
		);
	}
	return table;
}
