/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
// The canvas subtitle names the chosen operation and resource as the panel does, not by internal values.
import type { INodeParameters } from 'n8n-workflow';
import { description } from './operations';

function subtitle(parameters: INodeParameters): unknown {
	expect(description.subtitle).toMatch(/^={{.*}}$/s);
	const expression = description.subtitle!.slice(1).replace(/^{{|}}$/g, '');
	// The subtitle is an ordinary n8n expression over $parameter; evaluate its JavaScript with those values.
	const evaluate = new Function('$parameter', `return (${expression.trim()});`);
	return evaluate(parameters);
}

describe('canvas subtitle', () => {
	it.each([
		[{ resource: 'nhnGeneralOcr', operation: 'recognizeText' }, 'Recognize Text · NHN General OCR'],
		[
			{ resource: 'nhnDocumentOcr', operation: 'checkBusinessStatus' },
			'Check Business Status · NHN Document OCR',
		],
		[{ resource: 'clovaOcr', operation: 'recognizeTemplate' }, 'Recognize Template · CLOVA OCR'],
		[{ resource: '__CUSTOM_API_CALL__' }, ''],
	])('%j → "%s"', (parameters, expected) => {
		expect(subtitle(parameters as INodeParameters)).toBe(expected);
	});
});
