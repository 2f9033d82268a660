import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { optionsCollection, outputProperty } from '../../../core/description/output';
import { inputError } from '../../../core/errors';
import { asBoolean, readOptions, readText } from '../../../core/values/parameters';
import {
	businessNumberChecksumValid,
	formatBusinessNumber,
	normaliseBusinessNumber,
} from '../../../core/model/businessNumber';
import type { OcrResult } from '../../../core/output';
import { lookUpBusinessStatus } from './businessStatus';

const properties: INodeProperties[] = [
	{
		displayName: 'Business Registration Number',
		name: 'businessNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 123-45-67890',
		description: 'The 10-digit number (사업자등록번호), with or without dashes',
	},
	outputProperty(['document', 'raw'], 'document'),
	optionsCollection([
		{
			displayName: 'Check Number Before Calling',
			name: 'validateChecksum',
			type: 'boolean',
			default: true,
			description:
				'Whether to fail an item whose number has a wrong check digit without calling (and paying for) the API',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['nhnDocumentOcr'], operation: ['checkBusinessStatus'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<OcrResult> {
	const typed = readText(this, itemIndex, 'businessNumber', {
		displayName: 'Business Registration Number',
		expects: 'a 10-digit business registration number such as 123-45-67890',
	});
	const validateChecksum = asBoolean(
		this,
		itemIndex,
		readOptions(this, itemIndex).validateChecksum,
		'Check Number Before Calling',
		true,
	);
	const digits = normaliseBusinessNumber(typed);
	if (!digits) {
		throw inputError(
			this,
			itemIndex,
			'No business registration number given',
			'Enter the 10-digit number, or an expression that gives it, e.g. {{ $json.businessNumber }}.',
		);
	}
	if (!/^\d{10}$/.test(digits)) {
		throw inputError(
			this,
			itemIndex,
			`"${typed}" is not a business registration number`,
			'A business registration number has 10 digits, for example 123-45-67890 or 1234567890.',
		);
	}
	if (validateChecksum && !businessNumberChecksumValid(digits)) {
		throw inputError(
			this,
			itemIndex,
			`${formatBusinessNumber(digits)} is not a valid business registration number (wrong check digit)`,
			'The last digit does not match the others, so the number is mistyped or misread. The API was not called. Check the number, or turn off "Check Number Before Calling" to send it anyway.',
		);
	}
	const { document, raw } = await lookUpBusinessStatus(this, itemIndex, digits);
	return {
		document,
		raw,
		source: {},
	};
}
