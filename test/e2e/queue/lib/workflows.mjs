// The queue suite's workflow, credentials and documents.
//
// Webhook (multipart, files f0…f4; answers when the last node finishes, with every item) → Split Out "$binary"
// (one item per file, under its field name) → If "NHN?" → NHN General Recognize Text (User Access Key) | CLOVA
// Recognize Text → Merge (append). The provider of each file is in its name: `….nhn.png` or `….clova.png`.
// No Code node: in 2.41.1 a worker stops its task runner as soon as it gets SIGTERM, so an execution that
// reaches a Code node while the worker drains fails ("Task request timed out") whatever the nodes after it do.
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { NODE_TYPE } from '../../lib/paths.mjs';
import { sha256 } from '../../lib/tools.mjs';
import { CRED, credentials as allCredentials, fixture } from '../../lib/workflows.mjs';

export const QUEUE_WF = {
	id: 'e2eWfQueueOcr001',
	path: 'e2e-queue-ocr',
	webhookId: '6f1b8a52-7c1e-4d1f-9a55-0c2b3f9e0e01',
	nhn: 'NHN OCR',
	clova: 'CLOVA OCR',
};

/** Items in Parallel on both OCR nodes (the option the router reads; one at a time where it does not exist). */
export const ITEMS_IN_PARALLEL = 3;
export const MAX_RETRIES = 5;

export function credentials(emu) {
	const wanted = new Set([CRED.nhnUak.id, CRED.clovaGeneral.id]);
	return allCredentials(emu).filter((credential) => wanted.has(credential.id));
}

function ocrNode(name, parameters, cred, position) {
	return {
		id: `${QUEUE_WF.id}-${name.replace(/\W/g, '')}`,
		name,
		type: NODE_TYPE,
		typeVersion: 1,
		position,
		parameters: {
			...parameters,
			inputType: 'binary',
			// Split Out keeps each file under its form field's name (f0…f4).
			binaryPropertyName: '={{ Object.keys($binary)[0] }}',
			output: 'document',
			// Max Retries above the default 3, as the README advises for many workers on one domain or plan.
			options: { itemsInParallel: ITEMS_IN_PARALLEL, maxRetries: MAX_RETRIES },
		},
		credentials: { [cred.type]: { id: cred.id, name: cred.name } },
	};
}

export function queueWorkflow() {
	const nodes = [
		{
			id: `${QUEUE_WF.id}-hook`,
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: QUEUE_WF.webhookId,
			parameters: {
				httpMethod: 'POST',
				path: QUEUE_WF.path,
				responseMode: 'lastNode',
				responseData: 'allEntries',
				options: {},
			},
		},
		{
			id: `${QUEUE_WF.id}-split`,
			name: 'One item per file',
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			position: [220, 0],
			parameters: { fieldToSplitOut: '$binary', include: 'noOtherFields', options: {} },
		},
		{
			id: `${QUEUE_WF.id}-if`,
			name: 'NHN?',
			type: 'n8n-nodes-base.if',
			typeVersion: 2,
			position: [440, 0],
			parameters: {
				conditions: {
					options: { caseSensitive: true, leftValue: '', typeValidation: 'strict' },
					conditions: [
						{
							id: 'provider-is-nhn',
							leftValue: '={{ Object.values($binary)[0].fileName }}',
							rightValue: '.nhn.',
							operator: { type: 'string', operation: 'contains' },
						},
					],
					combinator: 'and',
				},
				options: {},
			},
		},
		ocrNode(
			QUEUE_WF.nhn,
			{ resource: 'nhnGeneralOcr', authentication: 'userAccessKey', operation: 'recognizeText' },
			CRED.nhnUak,
			[660, -120],
		),
		ocrNode(
			QUEUE_WF.clova,
			{ resource: 'clovaOcr', operation: 'recognizeText' },
			CRED.clovaGeneral,
			[660, 120],
		),
		{
			id: `${QUEUE_WF.id}-merge`,
			name: 'All results',
			type: 'n8n-nodes-base.merge',
			typeVersion: 3,
			position: [880, 0],
			parameters: {},
		},
	];
	const to = (node, index = 0) => ({ node, type: 'main', index });
	return {
		id: QUEUE_WF.id,
		name: 'Queue: webhook batch, NHN and CLOVA',
		active: false,
		nodes,
		connections: {
			Webhook: { main: [[to('One item per file')]] },
			'One item per file': { main: [[to('NHN?')]] },
			'NHN?': { main: [[to(QUEUE_WF.nhn)], [to(QUEUE_WF.clova)]] },
			[QUEUE_WF.nhn]: { main: [[to('All results', 0)]] },
			[QUEUE_WF.clova]: { main: [[to('All results', 1)]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

const PNG_TEMPLATE = readFileSync(fixture('receipt-ko.png'));

/** A valid PNG of its own: the sample receipt with a tEXt chunk naming it, so every document has its own SHA-256. */
export function uniquePng(label) {
	const iend = PNG_TEMPLATE.length - 12;
	const data = Buffer.from(`Comment\0${label}`, 'latin1');
	const chunk = Buffer.alloc(12 + data.length);
	chunk.writeUInt32BE(data.length, 0);
	chunk.write('tEXt', 4, 'latin1');
	data.copy(chunk, 8);
	chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
	return Buffer.concat([PNG_TEMPLATE.subarray(0, iend), chunk, PNG_TEMPLATE.subarray(iend)]);
}

/**
 * `requests` requests of `perRequest` documents each; providers alternate within a request and start on a
 * different one from request to request, so every request has both (the Merge node needs both inputs).
 */
export function makeBatch(tag, requests, perRequest = 5) {
	return Array.from({ length: requests }, (_, r) => ({
		id: `${tag}-r${String(r).padStart(2, '0')}`,
		files: Array.from({ length: perRequest }, (_, f) => {
			const provider = (r + f) % 2 === 0 ? 'nhn' : 'clova';
			const fileName = `${tag}-r${String(r).padStart(2, '0')}-f${f}.${provider}.png`;
			const bytes = uniquePng(fileName);
			return { field: `f${f}`, fileName, provider, bytes, sha256: sha256(bytes) };
		}),
	}));
}
