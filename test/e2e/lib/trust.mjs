// Issue 12 in real n8n: the Needs Review output wired to two different next nodes, Recognize Business Registration
// with Check Business Status in the same step, and Skip Files Already Read across two executions (n8n's
// database-backed deduplication store). Registered inside the CLI suite's describe, once per binary-data mode.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { nodeItems } from './n8n.mjs';
import { NODE_TYPE } from './paths.mjs';
import { catalog, fileSha256 } from './tools.mjs';
import { CRED, fixture } from './workflows.mjs';

const STEP_TIMEOUT = 180_000;

export const TRUST_WF = {
	review: { id: 'e2eWfTrustRev001' },
	skip: { id: 'e2eWfTrustSkip01' },
};

const credentials = { [CRED.nhnAppKey.type]: { id: CRED.nhnAppKey.id, name: CRED.nhnAppKey.name } };

function node(id, name, type, typeVersion, parameters, position, extra = {}) {
	return { id, name, type, typeVersion, parameters, position, ...extra };
}

/** Start → the paths → Read/Write Files from Disk: one binary item per file. */
function readFiles(prefix, paths) {
	return [
		node(`${prefix}-0`, 'Start', 'n8n-nodes-base.manualTrigger', 1, {}, [0, 0]),
		node(
			`${prefix}-1`,
			'Paths',
			'n8n-nodes-base.code',
			2,
			{ jsCode: `return ${JSON.stringify(paths.map((path) => ({ json: { path } })))};` },
			[220, 0],
		),
		node(
			`${prefix}-2`,
			'Read files',
			'n8n-nodes-base.readWriteFile',
			1.1,
			{ operation: 'read', fileSelector: '={{ $json.path }}', options: {} },
			[440, 0],
		),
	];
}

const chainConnections = {
	Start: { main: [[{ node: 'Paths', type: 'main', index: 0 }]] },
	Paths: { main: [[{ node: 'Read files', type: 'main', index: 0 }]] },
	'Read files': { main: [[{ node: 'OCR', type: 'main', index: 0 }]] },
};

/** A Set node writing one text field from an expression. */
function setText(id, name, field, value, position) {
	return node(
		id,
		name,
		'n8n-nodes-base.set',
		3.4,
		{
			mode: 'manual',
			assignments: { assignments: [{ id: `${id}-a`, name: field, value, type: 'string' }] },
			includeOtherFields: false,
			options: {},
		},
		position,
	);
}

const reviewFiles = ['business-registration.png', 'business-registration-low.jpg'];
const skipFiles = [
	'business-registration.png',
	'business-registration-low.jpg',
	'business-registration.pdf',
];

export function trustWorkflows() {
	const business = {
		resource: 'nhnDocumentOcr',
		authentication: 'appKeySecretKey',
		operation: 'recognizeBusinessRegistration',
		inputType: 'binary',
		binaryPropertyName: 'data',
		output: 'document',
	};
	return [
		{
			id: TRUST_WF.review.id,
			name: 'Needs Review output to two next nodes, business verified in the same step',
			active: false,
			settings: { executionOrder: 'v1' },
			pinData: {},
			nodes: [
				...readFiles('trustRev', reviewFiles.map(fixture)),
				node(
					'trustRev-3',
					'OCR',
					NODE_TYPE,
					1,
					{
						...business,
						verifyBusiness: true,
						needsReviewOutput: true,
						reviewBelowConfidence: 0.9,
						// The simplified taxpayer's certificate (a person, not a company) has none.
						reviewRequiredKeys: 'corporateRegistrationNumber',
					},
					[660, 0],
					{ credentials },
				),
				setText(
					'trustRev-4',
					'Add supplier',
					'supplier',
					'={{ $json.fields.companyName }} ({{ $json.status }})',
					[880, -100],
				),
				setText(
					'trustRev-5',
					'Ask a person',
					'task',
					'=Check {{ $json.source.fileName }}: {{ $json.review.message }}',
					[880, 100],
				),
			],
			connections: {
				...chainConnections,
				OCR: {
					main: [
						[{ node: 'Add supplier', type: 'main', index: 0 }],
						[{ node: 'Ask a person', type: 'main', index: 0 }],
					],
				},
			},
		},
		{
			id: TRUST_WF.skip.id,
			name: 'Skip Files Already Read over three files',
			active: false,
			settings: { executionOrder: 'v1' },
			pinData: {},
			nodes: [
				...readFiles('trustSkip', skipFiles.map(fixture)),
				node(
					'trustSkip-3',
					'OCR',
					NODE_TYPE,
					1,
					{ ...business, skipFilesAlreadyRead: true },
					[660, 0],
					{
						credentials,
					},
				),
			],
			connections: chainConnections,
		},
	];
}

/** `context`: { n8n(), emu(), execute(workflowId) } of the CLI suite's describe for one binary-data mode. */
export function registerTrustTests(context) {
	it(
		'issue 12: imports the Needs Review and Skip Files workflows',
		async () => {
			const all = trustWorkflows();
			await context.n8n().importWorkflows(all);
		},
		{ timeout: STEP_TIMEOUT },
	);

	it(
		'Needs Review: the accepted certificate goes to one next node, the one to check to another; both verified in the same step',
		async () => {
			const { run, log } = await context.execute(TRUST_WF.review.id);
			const [accepted, review] = [0, 1].map((output) => nodeItems(run, 'OCR', { output }));
			assert.deepEqual(
				accepted.map((item) => [
					item.json.source.fileName,
					item.json.statusCode,
					item.json.inBusiness,
				]),
				[['business-registration.png', '01', true]],
			);
			assert.equal(accepted[0].json.review, undefined);
			assert.deepEqual(
				review.map((item) => [item.pairedItem?.item, item.json.review.codes, item.json.status]),
				[[1, ['missingKey'], 'VAT simplified taxpayer']],
			);
			assert.deepEqual(
				nodeItems(run, 'Add supplier').map((item) => item.json),
				[{ supplier: '주식회사 한빛데이터 (VAT general taxpayers)' }],
			);
			assert.deepEqual(
				nodeItems(run, 'Ask a person').map((item) => item.json),
				[
					{
						task: 'Check business-registration-low.jpg: The required key "corporateRegistrationNumber" was not found, or has no value',
					},
				],
			);
			// Items run in parallel (Items in Parallel): the calls are fixed, their order across items is not.
			assert.deepEqual(
				log
					.filter((entry) => entry.provider === 'nhn')
					.map((entry) => [entry.endpoint, entry.businessNumber ?? entry.fileName])
					.sort(),
				[
					['business', 'business-registration.png'],
					['business/status', catalog.businessRegistrationPng.registrationNumber.replace(/-/g, '')],
					['business', 'business-registration-low.jpg'],
					[
						'business/status',
						catalog.businessRegistrationLowJpg.registrationNumber.replace(/-/g, ''),
					],
				].sort(),
			);
		},
		{ timeout: STEP_TIMEOUT },
	);

	it(
		'Skip Files Already Read: the second execution over the same three files makes no OCR call and says so per file',
		async () => {
			const first = await context.execute(TRUST_WF.skip.id);
			assert.deepEqual(
				first.log
					.filter((entry) => entry.provider === 'nhn')
					.map((entry) => entry.fileSha256)
					.sort(),
				skipFiles.map((name) => fileSha256(fixture(name))).sort(),
			);
			const firstItems = first.items('OCR');
			assert.ok(firstItems.every((item) => item.json.skipped === undefined && item.json.fields));

			const second = await context.execute(TRUST_WF.skip.id);
			assert.deepEqual(
				second.log.filter((entry) => entry.provider === 'nhn'),
				[],
				'no OCR call in the second execution',
			);
			const items = second.items('OCR');
			assert.deepEqual(
				items.map((item) => [
					item.pairedItem?.item,
					item.json.skipped,
					item.json.sha256,
					item.json.source.fileName,
				]),
				skipFiles.map((name, index) => [index, true, fileSha256(fixture(name)), name]),
			);
			for (const item of items) {
				assert.match(item.json.message, /was read before by this workflow/);
				assert.ok(
					Date.parse(item.json.readAt) >= Date.parse(first.run.startedAt),
					`readAt ${item.json.readAt} is the first execution's time`,
				);
			}
		},
		{ timeout: STEP_TIMEOUT },
	);
}
