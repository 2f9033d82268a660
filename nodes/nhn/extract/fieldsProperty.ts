import type { INodeProperties } from 'n8n-workflow';

/**
 * The editor's input for Extract Fields, in the shape fieldsFromParameter reads: one row per field, and for a
 * list the row's fields as JSON. The caller adds displayOptions.
 */
export const extractionFieldsProperty: INodeProperties = {
	displayName: 'Fields',
	name: 'fields',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Field',
	default: {},
	options: [
		{
			displayName: 'Field',
			name: 'field',
			values: [
				{
					displayName: 'Description',
					name: 'description',
					type: 'string',
					default: '',
					placeholder: 'e.g. 공급가액 합계',
					description:
						'What the value is, best with the label the document prints; it goes into the prompt',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					placeholder: 'e.g. supplyAmount',
					description: 'The key in the output: letters, digits and _ (no spaces)',
				},
				{
					displayName: 'Required',
					name: 'required',
					type: 'boolean',
					default: false,
					description: 'Whether a document without this value goes to review',
				},
				{
					displayName: 'Row Fields (JSON)',
					name: 'rowFields',
					type: 'json',
					default:
						'[\n  { "name": "item", "type": "text" },\n  { "name": "quantity", "type": "number" }\n]',
					description:
						'The fields of each row, as a list like the example, or {"item": "text", "quantity": "number"}',
					displayOptions: { show: { type: ['list'] } },
				},
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: [
						{ name: 'Boolean', value: 'boolean', description: 'True or false' },
						{
							name: 'Business Registration Number',
							value: 'businessNumber',
							description: 'As 123-45-67890, with its check digit verified',
						},
						{ name: 'Date', value: 'date', description: 'As YYYY-MM-DD' },
						{
							name: 'List of Rows',
							value: 'list',
							description: 'Rows with fields of their own, such as line items',
						},
						{
							name: 'Number',
							value: 'number',
							description: 'Digits only: 1,234,000원 becomes 1234000',
						},
						{ name: 'Text', value: 'text' },
					],
					default: 'text',
				},
			],
		},
	],
};

/** The same fields as JSON: a list of fields, a JSON Schema, or {"name": "type"}. */
export const extractionFieldsJsonProperty: INodeProperties = {
	displayName: 'Fields (JSON)',
	name: 'fieldsJson',
	type: 'json',
	default:
		'{\n  "supplierName": "text",\n  "issueDate": "date",\n  "total": { "type": "number", "required": true }\n}',
	description:
		'A list of fields like [{"name": "total", "type": "number", "required": true}], a JSON Schema, or {"total": "number"}',
};
