import type { INodeProperties } from 'n8n-workflow';

/**
 * The node's outputs, evaluated by n8n from the parameters (as Switch and Webhook do). Without the option: one output,
 * exactly as before the option existed, so saved workflows keep their connections.
 */
export const reviewOutputsExpression =
	"={{ $parameter.needsReviewOutput === true ? [{ type: 'main', displayName: 'Accepted' }, { type: 'main', displayName: 'Needs Review' }] : [{ type: 'main' }] }}";

/** Every operation that reads a document; Check Business Status reads none. */
const documentOperations = { hide: { operation: ['checkBusinessStatus'] } };

export const reviewProperties: INodeProperties[] = [
	{
		displayName: 'Needs Review Output',
		name: 'needsReviewOutput',
		type: 'boolean',
		noDataExpression: true,
		default: false,
		description:
			"Whether to add a second output, 'Needs Review', for documents a person should check: a value read with low confidence, a failed check (business number check digit, card number, template validation, a failed page), a missing required key, or — for Extract Fields — a required field without a value or a value that is not of its type",
		displayOptions: documentOperations,
	},
	{
		displayName: 'Review Below Confidence',
		name: 'reviewBelowConfidence',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
		default: 0.8,
		description:
			"A document goes to 'Needs Review' when any value it has was read with a lower confidence (0 to 1; 0 turns this rule off)",
		displayOptions: { ...documentOperations, show: { needsReviewOutput: [true] } },
	},
	{
		displayName: 'Required Keys',
		name: 'reviewRequiredKeys',
		type: 'string',
		default: '',
		placeholder: 'e.g. registrationNumber, companyName',
		description:
			"Comma-separated keys a document must have with a value, or it goes to 'Needs Review': English names (registrationNumber), labels as printed (등록번호), template field names, or the field names of Extract Fields",
		displayOptions: { ...documentOperations, show: { needsReviewOutput: [true] } },
	},
];
