// The workflows in examples/ as the e2e suites run them: pointed at the e2e credentials, with what cannot run
// here replaced (see examples.test.mjs).
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
	return { ...workflow, id, name: `e2e example ${workflow.name}`, active: false, nodes };
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

/** Example 1 with its mail trigger replaced by a Manual Trigger and the certificate read from disk. */
export function mailExample(id = 'e2eExampleMail01') {
	const workflow = prepare(example('business-registration-from-mail.json'), id);
	const mail = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.gmailTrigger');
	// The mail trigger's attachment (binary "attachment_0") comes from disk instead.
	const start = { ...manualTrigger(mail), id: 'e2e-start', name: 'Start', position: [-240, 0] };
	Object.assign(mail, {
		type: 'n8n-nodes-base.readWriteFile',
		typeVersion: 1.1,
		parameters: {
			operation: 'read',
			fileSelector: fixture(catalog.businessRegistrationPng.name),
			options: { dataPropertyName: 'attachment_0' },
		},
	});
	delete mail.credentials;
	workflow.nodes.push(start);
	workflow.connections.Start = { main: [[{ node: mail.name, type: 'main', index: 0 }]] };
	return workflow;
}

/** Example 2 with a Manual Trigger for its schedule and the sample invoice as its files. */
export function tablesExample(id = 'e2eExampleTbl001') {
	const workflow = prepare(example('invoice-tables-to-sheet.json'), id);
	const schedule = workflow.nodes.findIndex(
		(node) => node.type === 'n8n-nodes-base.scheduleTrigger',
	);
	workflow.nodes[schedule] = manualTrigger(workflow.nodes[schedule]);
	const files = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.readWriteFile');
	files.parameters.fileSelector = fixture(catalog.invoiceTablePng.name);
	return workflow;
}
