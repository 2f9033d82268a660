import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { inputProperties } from '../../../core/description/input';
import { optionsCollection, outputProperty } from '../../../core/description/output';
import { inputError } from '../../../core/errors';
import { MAX_PROMPT_LENGTH, nhnDocumentAiLimits } from '../../../core/input/documentLimits';
import { fromDocumentAi } from '../../normalise/documentAi';
import type { OcrResult } from '../../../core/output';
import { jsonFromAnswer } from '../../../core/parse/answerJson';
import { documentAiResult } from '../../documentAiSchema';
import { callNhn } from '../../calls';
import { sourceOf } from '../../../core/output/source';
import { readDocumentFile } from '../../../core/input/documentFile';

const documentTypes = ['GENERAL', 'BUSINESS_REGISTRATION', 'BUSINESS_CARD'];

const properties: INodeProperties[] = [
	{
		displayName:
			'The answer comes from a language model (LLM) reading the text in the image: it can be incomplete or wrong. Check it before relying on it.',
		name: 'llmNotice',
		type: 'notice',
		default: '',
	},
	...inputProperties(
		'JPG or PNG, up to 20 MB; at least 1280×720 px recommended',
		'n8n downloads the file and uploads it to NHN',
	),
	{
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		placeholder: 'e.g. Return the company name and registration number as JSON',
		description: 'The question about the document, up to 1,000 characters (Korean or English text)',
	},
	{
		displayName: 'Document Type',
		name: 'documentType',
		type: 'options',
		options: [
			{ name: 'General', value: 'GENERAL' },
			{ name: 'Business Registration', value: 'BUSINESS_REGISTRATION' },
			{ name: 'Business Card', value: 'BUSINESS_CARD' },
		],
		default: 'GENERAL',
		description: 'What kind of document the image shows',
	},
	outputProperty(['document', 'raw'], 'document'),
	optionsCollection([
		{
			displayName: 'Parse JSON From Answer',
			name: 'parseJson',
			type: 'boolean',
			default: false,
			description:
				"Whether to turn the JSON object or array in the answer (inside a fenced code block or not) into the item's fields; an answer without JSON fails the item. Ask for JSON in the prompt.",
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['nhnDocumentOcr'], operation: ['askAboutDocument'] } },
	properties,
);

function readPrompt(ctx: IExecuteFunctions, itemIndex: number): string {
	const value = ctx.getNodeParameter('prompt', itemIndex, '') as unknown;
	const prompt = (
		typeof value === 'string' ? value : value == null ? '' : JSON.stringify(value)
	).trim();
	if (!prompt) {
		throw inputError(
			ctx,
			itemIndex,
			'No prompt given',
			'Enter the question about the document, e.g. "Summarise this document" or "Return the total as JSON".',
		);
	}
	if (prompt.length > MAX_PROMPT_LENGTH) {
		throw inputError(
			ctx,
			itemIndex,
			`The prompt has ${prompt.length.toLocaleString('en-US')} characters; NHN Document AI takes at most ${MAX_PROMPT_LENGTH.toLocaleString('en-US')}`,
			'Shorten the question. The API was not called.',
		);
	}
	return prompt;
}

function readDocumentType(ctx: IExecuteFunctions, itemIndex: number): string {
	const value = String(ctx.getNodeParameter('documentType', itemIndex, 'GENERAL') ?? '').trim();
	const code = value.toUpperCase().replace(/[\s-]+/g, '_');
	if (documentTypes.includes(code)) return code;
	throw inputError(
		ctx,
		itemIndex,
		`"${value}" is not a document type NHN Document AI knows`,
		'Choose General, Business Registration or Business Card (GENERAL, BUSINESS_REGISTRATION, BUSINESS_CARD).',
	);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<OcrResult> {
	const prompt = readPrompt(this, itemIndex);
	const documentType = readDocumentType(this, itemIndex);
	const parseJson =
		(this.getNodeParameter('options', itemIndex, {}) as { parseJson?: boolean }).parseJson === true;
	const { file, url } = await readDocumentFile(this, itemIndex, nhnDocumentAiLimits);
	const reply = await callNhn(
		this,
		itemIndex,
		'/document-ai',
		{ kind: 'file', file, fields: { prompt, documentTypeCode: documentType } },
		documentAiResult,
	);
	const result = reply.result;
	let data: unknown;
	if (parseJson) {
		const found = jsonFromAnswer(result.llmResponse);
		if (!found.found) {
			const preview = result.llmResponse.trim().replace(/\s+/g, ' ');
			throw inputError(
				this,
				itemIndex,
				'The answer holds no JSON object or array',
				`Document AI answered: "${preview.length > 200 ? `${preview.slice(0, 200)}…` : preview}". Ask for JSON in the prompt (e.g. "Answer only with a JSON object with the keys name and total"), or turn off "Parse JSON From Answer" to get the answer as text.`,
			);
		}
		data = found.value;
	}
	const source = sourceOf(url ? { kind: 'url', url, fileName: file.fileName } : file);
	return { document: fromDocumentAi(result, documentType, data), raw: reply.raw, source };
}
