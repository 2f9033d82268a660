import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimFormPng, creditCardPng, invoiceTablePng, receiptKoPng } from '../fixtures/catalog';
import { runNode, type HarnessItem } from '../harness';
import { clovaCredential } from './clovaSetup';
import { appKeyCredential, fileItem, useEmulator } from './setup';

/**
 * Every parameter of every operation, given by an expression an object, a list, a number, a boolean, null,
 * undefined or an empty text: the node answers with words about the parameter, never a JavaScript error. Writes the
 * table of messages to $TMPDIR/parameter-table.md (PARAMETER_TABLE overrides the path).
 */
const emulator = useEmulator();

const values: Array<[string, unknown]> = [
	['object', '={{ { "a": 1 } }}'],
	['array', '={{ [1, 2] }}'],
	['number', '={{ 42 }}'],
	['boolean', '={{ true }}'],
	['null', '={{ null }}'],
	['undefined', '={{ undefined }}'],
	['empty', ''],
];

type Operation = {
	resource: string;
	operation: string;
	parameters?: Record<string, unknown>;
	items?: () => HarnessItem[];
	clova?: 'general' | 'template';
};

const nhnGeneral: Operation = { resource: 'nhnGeneralOcr', operation: 'recognizeText' };
const businessStatus: Operation = {
	resource: 'nhnDocumentOcr',
	operation: 'checkBusinessStatus',
	parameters: { businessNumber: '2148601373' },
	items: () => [{}],
};
const creditCard: Operation = {
	resource: 'nhnDocumentOcr',
	operation: 'recognizeCreditCard',
	items: () => [fileItem(creditCardPng)],
};
const clovaText: Operation = {
	resource: 'clovaOcr',
	operation: 'recognizeText',
	clova: 'general',
	items: () => [fileItem(invoiceTablePng)],
};
const clovaTemplate: Operation = {
	resource: 'clovaOcr',
	operation: 'recognizeTemplate',
	clova: 'template',
	items: () => [fileItem(claimFormPng)],
};

/** [display name, parameter path, operation, other parameters]. */
const parameters: Array<[string, string, Operation, Record<string, unknown>?]> = [
	['Input Type', 'inputType', nhnGeneral],
	['Input Binary Field', 'binaryPropertyName', nhnGeneral],
	['Image URL', 'imageUrl', nhnGeneral, { inputType: 'url' }],
	['Business Registration Number', 'businessNumber', businessStatus],
	['Template IDs', 'templateIds', clovaTemplate],
	['Languages', 'options.languages', clovaText],
	['Version', 'options.version', clovaText],
	['Send File As', 'options.sendAs', clovaText],
	['Image Name', 'options.imageName', clovaText],
	['Minimum Confidence', 'options.minConfidence', nhnGeneral],
	['Output', 'output', nhnGeneral],
	['Authentication', 'authentication', nhnGeneral],
	['Check Number Before Calling', 'options.validateChecksum', businessStatus],
	['Mask Card Number', 'options.maskCardNumber', creditCard],
	['Extract Tables', 'options.enableTableDetection', clovaText],
	['Use First Row as Column Names', 'options.headerRow', clovaText, { output: 'tableRows' }],
	['Include Bounding Boxes', 'options.includeBoundingBoxes', nhnGeneral],
	['Keep Input File', 'options.keepBinary', nhnGeneral, { output: 'document' }],
	['Options', 'options', nhnGeneral],
];

const JAVASCRIPT_ERROR =
	/is not a function|Cannot read propert|undefined is not|is not iterable|Maximum call stack|\[object Object\]|Unexpected token|is not defined|Cannot convert/;

const table: string[] = [
	`| Parameter | ${values.map(([kind]) => kind).join(' | ')} |`,
	`|---|${values.map(() => '---').join('|')}|`,
];

afterAll(() => {
	const path = process.env.PARAMETER_TABLE ?? join(tmpdir(), 'parameter-table.md');
	writeFileSync(path, `${table.join('\n')}\n`);
});

describe.each(parameters)('%s (%s)', (displayName, path, operation, extra = {}) => {
	const cells: string[] = [];
	afterAll(() => {
		table.push(`| ${displayName} | ${cells.join(' | ')} |`);
	});

	it.each(values)(
		'given %s: a message about the parameter, never a JavaScript error',
		async (kind, value) => {
			const base: Record<string, unknown> = {
				resource: operation.resource,
				operation: operation.operation,
				inputType: 'binary',
				imageUrl: emulator().fileUrl(receiptKoPng.name),
				...operation.parameters,
				...extra,
			};
			const [head, key] = path.split('.');
			if (key) base[head] = { ...(base[head] as object), [key]: value };
			else base[head] = value;
			let message: string;
			let failedRun = false;
			try {
				const run = await runNode({
					parameters: base as never,
					items: operation.items?.() ?? [fileItem(receiptKoPng)],
					credentials: [
						operation.clova
							? clovaCredential(emulator(), operation.clova)
							: appKeyCredential(emulator()),
					],
				});
				failedRun = Boolean(run.error);
				message = run.error
					? run.error.message
					: `accepted (${run.items.length} item${run.items.length === 1 ? '' : 's'})`;
			} catch (error) {
				// n8n itself refuses a workflow whose required parameter is empty, before the node runs.
				failedRun = true;
				message = `(n8n, before running) ${(error as Error).message.replace(/\s+/g, ' ')}`;
			}
			cells[values.findIndex(([name]) => name === kind)] = message.replace(/\|/g, '\\|');
			expect(message).not.toMatch(JAVASCRIPT_ERROR);
			if (failedRun && (kind === 'object' || kind === 'array')) {
				expect(message).toMatch(new RegExp(`${displayName.split(' ')[0]}|Options`, 'i'));
			}
		},
	);
});
