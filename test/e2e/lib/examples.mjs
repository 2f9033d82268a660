// The workflows in examples/ as the e2e suites run them: pointed at the e2e credentials, with what cannot run
// here replaced (see examples.test.mjs). The examples keep their own names, node names and sticky notes, so that
// what the editor shows is what a user imports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_TYPE, ROOT } from './paths.mjs';
import { catalog } from './tools.mjs';
import { CRED, fixture } from './workflows.mjs';

const EXAMPLES = join(ROOT, 'examples');
export const example = (name) => JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8'));
const CREDENTIAL_FOR = {
	nhnCloudOcrApi: CRED.nhnAppKey,
	clovaOcrApi: CRED.clovaGeneral,
};
/** Nodes that need an account elsewhere: disabled, they pass their items on. */
const UNRUNNABLE = ['n8n-nodes-base.googleSheets', 'n8n-nodes-base.gmail'];

/** The example with the package's nodes pointed at the e2e credentials and the unrunnable nodes disabled. */
export function prepare(workflow, id) {
	const nodes = workflow.nodes.map((node) => {
		const copy = structuredClone(node);
		if (copy.type.startsWith(NODE_TYPE)) {
			copy.credentials = Object.fromEntries(
				Object.keys(copy.credentials ?? {}).map((type) => [
					type,
					{ id: CREDENTIAL_FOR[type].id, name: CREDENTIAL_FOR[type].name },
				]),
			);
		}
		if (UNRUNNABLE.includes(copy.type)) copy.disabled = true;
		return copy;
	});
	return { ...workflow, id, active: false, nodes };
}

/** A trigger becomes a Manual Trigger of the same name, so that `n8n execute` can start the workflow. */
export function manualTrigger(node) {
	return {
		id: node.id,
		name: node.name,
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: node.position,
		parameters: {},
	};
}

/**
 * The node that brings the file (a mail trigger, a Google Drive download) becomes Read/Write Files from Disk of the
 * same name, reading `fileName` from the fixtures into the same binary field; its connections stay.
 */
function readFromDisk(node, fileName, binaryField) {
	Object.assign(node, {
		type: 'n8n-nodes-base.readWriteFile',
		typeVersion: 1.1,
		parameters: {
			operation: 'read',
			fileSelector: fixture(fileName),
			options: { dataPropertyName: binaryField },
		},
	});
	delete node.credentials;
	delete node.webhookId;
}

const ofType = (workflow, type) => workflow.nodes.find((node) => node.type === type);

/** The business registration example: its mail trigger reads the certificate from disk into `attachment_0`. */
export function mailExample(id = 'e2eExampleMail01') {
	const workflow = prepare(example('business-registration-from-mail.json'), id);
	const mail = ofType(workflow, 'n8n-nodes-base.gmailTrigger');
	const start = { ...manualTrigger(mail), id: 'e2e-start', name: 'Start', position: [0, 260] };
	readFromDisk(mail, catalog.businessRegistrationPng.name, 'attachment_0');
	workflow.nodes.push(start);
	workflow.connections.Start = { main: [[{ node: mail.name, type: 'main', index: 0 }]] };
	return workflow;
}

/** The invoice tables example: a Manual Trigger for the Drive trigger, the sample invoice for the Drive download. */
export function tablesExample(id = 'e2eExampleTbl001') {
	const workflow = prepare(example('invoice-tables-to-sheet.json'), id);
	const trigger = workflow.nodes.findIndex(
		(node) => node.type === 'n8n-nodes-base.googleDriveTrigger',
	);
	workflow.nodes[trigger] = manualTrigger(workflow.nodes[trigger]);
	readFromDisk(
		ofType(workflow, 'n8n-nodes-base.googleDrive'),
		catalog.invoiceTablePng.name,
		'data',
	);
	return workflow;
}
