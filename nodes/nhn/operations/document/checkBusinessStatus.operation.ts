import type { INodeProperties } from 'n8n-workflow';
import { optionsCollection, outputProperty } from '../../../core/description/output';
import { inputError } from '../../../core/errors';
import {
	businessNumberChecksumValid,
	formatBusinessNumber,
	normaliseBusinessNumber,
} from '../../../core/model/businessNumber';
import { defineOperation } from '../../../core/node/operation';
import { asBoolean, asText } from '../../../core/values/read';
import { shortEcho } from '../../../core/privacy/secrets';
import { readNhnParameters } from '../../authentication';
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
	outputProperty(['document', 'raw']),
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

/** The number as typed, checked before the paid call: 10 digits, and (unless turned off) its check digit. */
function readBusinessNumber(typed: string, validateChecksum: boolean): string {
	const digits = normaliseBusinessNumber(typed);
	if (!digits) {
		throw inputError(
			'No business registration number given',
			'Enter the 10-digit number, or an expression that gives it, e.g. {{ $json.businessNumber }}.',
		);
	}
	if (!/^\d{10}$/.test(digits)) {
		throw inputError(
			`"${shortEcho(typed)}" is not a business registration number`,
			'A business registration number has 10 digits, for example 123-45-67890 or 1234567890.',
		);
	}
	if (validateChecksum && !businessNumberChecksumValid(digits)) {
		throw inputError(
			`${formatBusinessNumber(digits)} is not a valid business registration number (wrong check digit)`,
			"The last digit does not match the others, so the number is mistyped or misread. The API was not called. Check the number, or turn off 'Check Number Before Calling' to send it anyway.",
		);
	}
	return digits;
}

export const checkBusinessStatus = defineOperation({
	properties,
	outputs: ['document', 'raw'],
	readOwn: (values) => {
		const typed = asText(values.node('businessNumber', ''), {
			displayName: 'Business Registration Number',
			expects: 'a 10-digit business registration number such as 123-45-67890',
		});
		const validateChecksum = asBoolean(
			values.option('validateChecksum'),
			'Check Number Before Calling',
			true,
		);
		return { ...readNhnParameters(values), digits: readBusinessNumber(typed, validateChecksum) };
	},
	async run(item) {
		const { document, raw } = await lookUpBusinessStatus(item, item.params.own.digits);
		return { document, raw, source: {} };
	},
});
