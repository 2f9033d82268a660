import { fieldsProblem, type ExtractionField, type ExtractionFieldType } from './fields';

/** NHN Document AI takes a prompt of up to 1,000 characters (API guide, `prompt`); counted in UTF-16 units. */
export const MAX_PROMPT_LENGTH = 1000;

/** Descriptions are cut to these lengths, in turn, until the prompt fits; full first. */
const DESCRIPTION_LENGTHS = [Infinity, 60, 30];

const TYPE_LABELS: Record<ExtractionFieldType, string> = {
	text: '',
	number: 'number',
	date: 'date',
	boolean: 'true/false',
	businessNumber: 'business no.',
	list: 'list',
};

/** How values of each type are written; only the rules of the types in use go into the prompt. */
const TYPE_RULES: Partial<Record<ExtractionFieldType, string>> = {
	number: 'Numbers: digits only, minus if negative, no commas or 원.',
	date: 'Dates: YYYY-MM-DD.',
	boolean: 'true/false: true or false.',
	businessNumber: 'Business no.: 000-00-00000.',
	list: 'Lists: an array of row objects.',
};

const OPENING =
	'Reply with one JSON object only, with exactly these keys (null if not on the document).';

export interface PromptOptions {
	/** The user's own words for the model, after the keys (never cut): e.g. "Amounts are in USD." */
	instructions?: string;
}

export type PromptResult =
	| {
			prompt: string;
			/** The descriptions were cut to fit (the longest kept), so the user can be told. */
			descriptionsCutTo?: number;
	  }
	| {
			problem: string;
			/** The shortest prompt the fields can make, and how far it is over the limit. */
			length?: number;
			over?: number;
	  };

/** Cut at a word where one ends late enough, so that the model reads words, not fragments. */
function cut(text: string, length: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= length) return clean;
	const head = clean.slice(0, length - 1);
	const space = head.lastIndexOf(' ');
	return `${(space > length / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

function keyLine(field: ExtractionField, descriptionLength: number, indent = ''): string {
	const type = field.type === 'list' ? 'list of rows' : TYPE_LABELS[field.type];
	const description = field.description ? cut(field.description, descriptionLength) : '';
	return `${indent}${field.name}${type ? ` (${type})` : ''}${description ? `: ${description}` : ''}`;
}

function typesIn(fields: readonly ExtractionField[]): Set<ExtractionFieldType> {
	return new Set(
		fields.flatMap((field) => [field.type, ...(field.fields ?? []).map((row) => row.type)]),
	);
}

function promptWith(
	fields: readonly ExtractionField[],
	descriptionLength: number,
	instructions: string,
): string {
	const types = typesIn(fields);
	const rules = (Object.keys(TYPE_RULES) as ExtractionFieldType[])
		.filter((type) => types.has(type))
		.map((type) => TYPE_RULES[type]);
	const keys = fields.flatMap((field) => [
		keyLine(field, descriptionLength),
		...(field.fields ?? []).map((row) => keyLine(row, descriptionLength, '- ')),
	]);
	return [[OPENING, ...rules].join(' '), ...keys, ...(instructions ? [instructions] : [])].join(
		'\n',
	);
}

/**
 * The prompt that asks NHN Document AI for one JSON object with exactly the fields' keys: an opening line with the
 * rules for the types in use, then one line per key (`name (type): description`, a list's row keys under it with
 * `- `), then the user's instructions. Descriptions are cut (to 60, then 30 characters) when the prompt would
 * be over 1,000 characters; when even that does not fit, the problem says how many characters to cut, so that
 * the node can refuse before the paid call.
 */
export function buildExtractionPrompt(
	fields: readonly ExtractionField[],
	options: PromptOptions = {},
): PromptResult {
	const problem = fieldsProblem(fields);
	if (problem) return { problem };
	const instructions = options.instructions?.trim() ?? '';
	let shortest = '';
	for (const length of DESCRIPTION_LENGTHS) {
		shortest = promptWith(fields, length, instructions);
		if (shortest.length <= MAX_PROMPT_LENGTH)
			return length === Infinity
				? { prompt: shortest }
				: { prompt: shortest, descriptionsCutTo: length };
	}
	const over = shortest.length - MAX_PROMPT_LENGTH;
	const shortestCut = DESCRIPTION_LENGTHS[DESCRIPTION_LENGTHS.length - 1];
	return {
		problem:
			`The fields make a prompt of ${shortest.length} characters even with descriptions cut to ` +
			`${shortestCut} characters, and Document AI takes at most ${MAX_PROMPT_LENGTH}. Cut ${over} characters: ` +
			`use fewer fields, shorter names or descriptions${instructions ? ', or shorter instructions' : ''}.`,
		length: shortest.length,
		over,
	};
}
