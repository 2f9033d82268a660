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

// ---- the examples as the editor shows them (the README's screenshots) -------------------------------------------
// Nothing is replaced or disabled: every node is the shipped one. What cannot run offline is pinned, as a user
// pins data to try a workflow: the Gmail trigger's mail (its attachment in `attachment_0`) and the Google Sheets row.
// The nodes of other services get credentials named as n8n names them; the AI Agent example's OpenAI credential
// points at the scripted model (lib/scriptedModel.mjs), which speaks the Chat Completions API only, so its model
// node's hidden 'Use Responses API' switch is the one parameter changed.

/** Credentials of the other services' nodes, by type: n8n's default names, values that reach no service. */
export function otherCredentials({ modelUrl } = {}) {
	const oauth = { clientId: 'example-client-id', clientSecret: 'example-client-secret' };
	return [
		{ id: 'exampleGmail0001', name: 'Gmail account', type: 'gmailOAuth2', data: oauth },
		{
			id: 'exampleSheets001',
			name: 'Google Sheets account',
			type: 'googleSheetsOAuth2Api',
			data: oauth,
		},
		{
			id: 'exampleDrive0001',
			name: 'Google Drive account',
			type: 'googleDriveOAuth2Api',
			data: oauth,
		},
		{
			id: 'exampleOpenAi001',
			name: 'OpenAI account',
			type: 'openAiApi',
			data: { apiKey: 'sk-example', ...(modelUrl ? { url: modelUrl } : {}) },
		},
	];
}

/** The example as shipped, its nodes' credentials pointed at the e2e ones; `pinData` as a user would pin it. */
export function asShipped(workflow, id, pinData = {}) {
	const others = Object.fromEntries(
		otherCredentials().map((credential) => [credential.type, credential]),
	);
	const nodes = workflow.nodes.map((node) => {
		const copy = structuredClone(node);
		copy.credentials = Object.fromEntries(
			Object.keys(copy.credentials ?? {}).map((type) => {
				const credential = copy.type.startsWith(NODE_TYPE) ? CREDENTIAL_FOR[type] : others[type];
				return [type, { id: credential.id, name: credential.name }];
			}),
		);
		if (copy.type === '@n8n/n8n-nodes-langchain.lmChatOpenAi')
			copy.parameters = { ...copy.parameters, responsesApiEnabled: false };
		return copy;
	});
	return { ...workflow, id, active: false, nodes, pinData };
}

/**
 * One mail as n8n's Gmail trigger gives it with 'Simplify' off and 'Download Attachments' on: the parsed mail, and
 * the attachment as the binary field `attachment_0`.
 */
export function pinnedMail({ file, fileName, mimeType, subject, from, date }) {
	return {
		json: {
			id: `19${Buffer.from(fileName).toString('hex').slice(0, 14)}`,
			labelIds: ['INBOX', 'UNREAD'],
			subject,
			from: {
				value: [{ address: from.address, name: from.name }],
				text: `${from.name} <${from.address}>`,
			},
			date,
			text: '첨부 파일을 확인해 주세요.\n',
		},
		binary: {
			attachment_0: {
				data: readFileSync(fixture(file)).toString('base64'),
				mimeType,
				fileName,
				fileExtension: fileName.split('.').pop(),
			},
		},
	};
}

/** The certificate example (Gmail trigger → NHN → NHN → Google Sheets) with `mails` pinned to its trigger. */
export function editorMailExample(id, mails, { review } = {}) {
	const source = example('business-registration-from-mail.json');
	const trigger = ofType(source, 'n8n-nodes-base.gmailTrigger');
	const sheet = ofType(source, 'n8n-nodes-base.googleSheets');
	const { registrationNumber } = catalog.businessRegistrationPng;
	const workflow = asShipped(source, id, {
		[trigger.name]: mails,
		// The row the sheet node would append for the certificate that is accepted.
		[sheet.name]: [
			{
				json: {
					Company: '주식회사 한빛데이터',
					'Registration Number': registrationNumber.replace(/-/g, ''),
					Representative: '김하늘',
					'Opening Date': '2019 년 04 월 01 일',
					Status: 'VAT general taxpayers',
					'In Business': true,
				},
			},
		],
	});
	if (review) {
		// 'Needs Review Output' turned on, as a user does in the node's panel, with the key the sheet needs; the two
		// nodes after it moved right to make room for the second output's label.
		const ocr = workflow.nodes.find((node) => node.name === 'Read Business Registration');
		Object.assign(ocr.parameters, review);
		for (const node of workflow.nodes)
			if (node.position[0] > ocr.position[0] && node.position[1] === ocr.position[1])
				node.position = [node.position[0] + 80, node.position[1]];
	}
	return workflow;
}

/** The supplier's mail of the certificate example, and a second supplier's (a simplified taxpayer's certificate). */
export const MAILS = {
	hanbit: {
		file: catalog.businessRegistrationPng.name,
		fileName: '사업자등록증_한빛데이터.png',
		mimeType: 'image/png',
		subject: '사업자등록증 사본 보내드립니다',
		from: { name: '한빛데이터 경리팀', address: 'tax@hanbitdata.example' },
		date: '2026-03-16T01:12:00.000Z',
	},
	haneul: {
		file: catalog.businessRegistrationLowJpg.name,
		fileName: '하늘꽃집_사업자등록증.jpg',
		mimeType: 'image/jpeg',
		subject: '사업자등록증 보내드립니다',
		from: { name: '하늘꽃집', address: 'shop@haneulflower.example' },
		date: '2026-03-16T02:40:00.000Z',
	},
};
