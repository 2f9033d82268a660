import type { INodeProperties } from 'n8n-workflow';
import { inputProperties } from '../../../core/description/input';
import { optionsCollection, outputProperty } from '../../../core/description/output';
import { inputError } from '../../../core/errors';
import { MAX_PROMPT_LENGTH, nhnDocumentAiLimits } from '../../limits';
import { fromDocumentAi } from '../../normalise/documentAi';
import { documentFile } from '../../../core/transport/documentFile';
import { documentTypeProperty, readDocumentType } from './documentType';
import { defineOperation } from '../../../core/node/operation';
import { asBoolean, asText } from '../../../core/values/read';
import { readNhnParameters } from '../../authentication';
import { jsonFromAnswer } from '../../../core/parse/answerJson';
import { documentAiResult } from '../../schemas';
import { callNhn } from '../../calls';
import { sourceOf } from '../../../core/output/source';

const properties: INodeProperties[] = [
	{
		displayName:
			'The answer comes from a language model (LLM) reading the text in the image: it can be incomplete or wrong. Check it before relying on it.',
		name: 'llmNotice',
		type: 'notice',
		default: '',
	},
	...inputProperties(
		nhnDocumentAiLimits,
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
	documentTypeProperty,
	outputProperty(['document', 'markdown', 'raw']),
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

/** The question, checked against Document AI's documented length before the paid call. */
function readPrompt(value: unknown): string {
	const prompt = asText(value, {
		displayName: 'Prompt',
		expects: 'a question in words, e.g. "Return the total as JSON"',
	});
	if (!prompt) {
		throw inputError(
			'No prompt given',
			'Enter the question about the document, e.g. "Summarise this document" or "Return the total as JSON".',
		);
	}
	if (prompt.length > MAX_PROMPT_LENGTH) {
		throw inputError(
			`The prompt has ${prompt.length.toLocaleString('en-US')} characters; NHN Document AI takes at most ${MAX_PROMPT_LENGTH.toLocaleString('en-US')}`,
			'Shorten the question. The API was not called.',
		);
	}
	return prompt;
}

/** The JSON the user asked the model for; an answer without any fails the item with what the model said. */
function jsonOf(answer: string): unknown {
	const found = jsonFromAnswer(answer);
	if (found.found) return found.value;
	const preview = answer.trim().replace(/\s+/g, ' ');
	throw inputError(
		'The answer holds no JSON object or array',
		`Document AI answered: "${preview.length > 200 ? `${preview.slice(0, 200)}…` : preview}". Ask for JSON in the prompt (e.g. "Answer only with a JSON object with the keys name and total"), or turn off 'Parse JSON From Answer' to get the answer as text.`,
	);
}

export const askAboutDocument = defineOperation({
	properties,
	outputs: ['document', 'markdown', 'raw'],
	input: { limits: nhnDocumentAiLimits, urls: 'node' },
	readOwn: (values) => ({
		...readNhnParameters(values),
		prompt: readPrompt(values.node('prompt', '')),
		documentType: readDocumentType(values.node('documentType', 'GENERAL')),
		parseJson: asBoolean(values.option('parseJson'), 'Parse JSON From Answer', false),
	}),
	async run(item) {
		const { prompt, documentType, parseJson } = item.params.own;
		const { file, url } = await documentFile(item, nhnDocumentAiLimits);
		const { result, raw } = await callNhn(
			item,
			'/document-ai',
			{ kind: 'file', file, fields: { prompt, documentTypeCode: documentType } },
			documentAiResult,
		);
		const data = parseJson ? jsonOf(result.llmResponse) : undefined;
		const source = sourceOf(url ? { kind: 'url', url, fileName: file.fileName } : file);
		return { document: fromDocumentAi(result, documentType, data), raw, source };
	},
});
