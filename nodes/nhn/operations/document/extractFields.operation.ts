import type { INodeProperties } from 'n8n-workflow';
import { inputProperties } from '../../../core/description/input';
import { optionsCollection, outputProperty } from '../../../core/description/output';
import { inputError } from '../../../core/errors';
import {
	buildExtractionPrompt,
	EXTRACTION_PRESETS,
	extractionFieldsJsonProperty,
	extractionFieldsProperty,
	fieldsFromParameter,
	MAX_PROMPT_LENGTH,
	type ExtractionField,
	type ExtractionPreset,
} from '../../extract';
import { nameKey } from '../../extract/fields';
import { documentFile } from '../../../core/transport/documentFile';
import { defineOperation } from '../../../core/node/operation';
import type { ParameterSource } from '../../../core/node/parameters';
import { RESERVED_FIELD_NAMES } from '../../../core/output/extraction';
import type { OutputShape } from '../../../core/output/options';
import { sourceOf } from '../../../core/output/source';
import { asChoice, asText } from '../../../core/values/read';
import { readNhnParameters } from '../../authentication';
import { callNhn } from '../../calls';
import { documentAiResult } from '../../schemas';
import { nhnDocumentAiLimits } from '../../limits';
import { fromDocumentAiExtraction } from '../../normalise/documentAi';
import { documentTypeProperty, readDocumentType } from './documentType';

type Preset = ExtractionPreset | 'custom';

const presetNames: Record<Preset, string> = {
	taxInvoice: 'Tax Invoice (세금계산서)',
	transactionStatement: 'Transaction Statement (거래명세서)',
	custom: 'Custom',
};

const outputs: OutputShape[] = ['document', 'tableRows', 'raw'];

const output = outputProperty(outputs);
output.description =
	'A required field without a value, or a value that does not read as its type, is listed on the item as "problems", and the item is still output; turn on \'Needs Review Output\' to send such documents to a second output instead';
output.options = output.options?.map((option) => {
	if (!('value' in option)) return option;
	if (option.value === 'document')
		return {
			...option,
			description:
				'Exactly the fields, typed (numbers as numbers, dates as YYYY-MM-DD), lists as rows',
		};
	if (option.value === 'tableRows')
		return {
			...option,
			name: 'One Item per Row',
			description:
				"Each row of the list field (e.g. the line items) as an item, with the document's other fields — ready for a sheet",
		};
	return { ...option, description: "Document AI's answer as it was received" };
});

const customOnly = { show: { preset: ['custom'] } };

const properties: INodeProperties[] = [
	{
		displayName:
			'The fields are read by a language model (LLM) from the text in the image: check them before relying on them. Amounts, dates and business numbers are checked against their type.',
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
		displayName: 'Preset',
		name: 'preset',
		type: 'options',
		options: [
			{
				name: presetNames.taxInvoice,
				value: 'taxInvoice',
				description:
					'Supplier and buyer (registration numbers, names), issue date, approval number, amounts and the line items',
			},
			{
				name: presetNames.transactionStatement,
				value: 'transactionStatement',
				description: 'Supplier and buyer, date, the line items and the totals',
			},
			{ name: presetNames.custom, value: 'custom', description: 'Fields you define' },
		],
		default: 'taxInvoice',
		description: 'Which fields to read',
	},
	{
		displayName: 'Define Fields',
		name: 'defineFields',
		type: 'options',
		options: [
			{ name: 'Field by Field', value: 'list' },
			{
				name: 'As JSON',
				value: 'json',
				description: 'A list of fields, a JSON Schema, or {"name": "type"}',
			},
		],
		default: 'list',
		displayOptions: customOnly,
	},
	{
		...extractionFieldsProperty,
		displayOptions: { show: { preset: ['custom'], defineFields: ['list'] } },
	},
	{
		...extractionFieldsJsonProperty,
		displayOptions: { show: { preset: ['custom'], defineFields: ['json'] } },
	},
	{
		displayName: 'Additional Instructions',
		name: 'instructions',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'e.g. Amounts are in USD.',
		description:
			'Words for the model, added after the fields (the whole prompt may have at most 1,000 characters)',
	},
	output,
	optionsCollection([documentTypeProperty]),
];

const isList = (field: ExtractionField) => field.type === 'list';

/** The preset's fields, or the user's, checked; names the node uses itself are refused. */
function readFields(values: ParameterSource): ExtractionField[] {
	const preset = asChoice<Preset>(values.node('preset', 'taxInvoice'), {
		displayName: 'Preset',
		choices: presetNames,
		fallback: 'taxInvoice',
	});
	if (preset !== 'custom') return EXTRACTION_PRESETS[preset];
	const asJson =
		asChoice<'list' | 'json'>(values.node('defineFields', 'list'), {
			displayName: 'Define Fields',
			choices: { list: 'Field by Field', json: 'As JSON' },
			fallback: 'list',
		}) === 'json';
	const reading = fieldsFromParameter(
		asJson ? values.node('fieldsJson', '') : values.node('fields', {}),
	);
	if ('problem' in reading)
		throw inputError(
			`The fields in '${asJson ? 'Fields (JSON)' : 'Fields'}' cannot be used`,
			`${reading.problem} The API was not called.`,
		);
	const reserved = new Set(RESERVED_FIELD_NAMES.map(nameKey));
	const clash = reading.fields
		.flatMap((field) => [field, ...(field.fields ?? [])])
		.find((field) => reserved.has(nameKey(field.name)));
	if (clash)
		throw inputError(
			`A field cannot be named "${clash.name}"`,
			`The node adds ${RESERVED_FIELD_NAMES.map((name) => `"${name}"`).join(', ')} to the items itself: rename the field. The API was not called.`,
		);
	return reading.fields;
}

/** The prompt for the fields, or — before the paid call — why it cannot be sent. */
function readPrompt(fields: ExtractionField[], instructions: string): string {
	const built = buildExtractionPrompt(fields, { instructions });
	if ('prompt' in built) return built.prompt;
	if (built.length === undefined)
		throw inputError('The fields cannot be used', `${built.problem} The API was not called.`);
	throw inputError(
		`The fields make a prompt of ${built.length.toLocaleString('en-US')} characters; NHN Document AI takes at most ${MAX_PROMPT_LENGTH.toLocaleString('en-US')}`,
		`${built.problem} The API was not called.`,
	);
}

export const extractFields = defineOperation({
	properties,
	outputs,
	input: { limits: nhnDocumentAiLimits, urls: 'node' },
	readOwn: (values) => {
		const fields = readFields(values);
		if (values.node('output', 'document') === 'tableRows' && !fields.some(isList))
			throw inputError(
				"'One Item per Row' needs a field of the type List of Rows",
				"Add a list field (e.g. the line items with their own fields), or choose 'One Item per Document'. The API was not called.",
			);
		const instructions = asText(values.node('instructions', ''), {
			displayName: 'Additional Instructions',
			expects: 'text',
		});
		return {
			...readNhnParameters(values),
			fields,
			prompt: readPrompt(fields, instructions),
			documentType: readDocumentType(values.option('documentType') ?? 'GENERAL'),
		};
	},
	async run(item) {
		const { fields, prompt, documentType } = item.params.own;
		const { file, url } = await documentFile(item, nhnDocumentAiLimits);
		const { result, raw } = await callNhn(
			item,
			'/document-ai',
			{ kind: 'file', file, fields: { prompt, documentTypeCode: documentType } },
			documentAiResult,
		);
		return {
			document: fromDocumentAiExtraction(result, documentType, fields),
			raw,
			source: sourceOf(url ? { kind: 'url', url, fileName: file.fileName } : file),
		};
	},
});
