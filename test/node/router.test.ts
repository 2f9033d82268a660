import { runNode } from '../harness';
import { failed } from './setup';

describe('the item loop', () => {
	it.each([
		['resource', { resource: '__CUSTOM_API_CALL__' }],
		['operation', { resource: 'clovaOcr', operation: '__CUSTOM_API_CALL__' }],
	])(
		'answers n8n\'s "Custom API Call" %s entry with where such calls are made',
		async (_where, parameters) => {
			const error = failed(await runNode({ parameters, items: [{ json: {} }] }));
			expect(error.message).toBe('This node makes only the OCR calls in its list');
			expect(error.description).toMatch(
				/HTTP Request node: set Authentication to "Predefined Credential Type"/,
			);
		},
	);
});
