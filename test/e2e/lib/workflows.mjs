// The credentials and workflows the CLI suite imports into the real n8n, built against a running emulator.
// Every workflow starts with a Manual Trigger; files come from n8n-nodes-base's Read/Write Files from Disk
// (reading test/fixtures/files) or its HTTP Request node (downloading from the emulator's /files/{name}).
import { join } from 'node:path';
import { FIXTURE_FILES, NODE_TYPE } from './paths.mjs';
import { catalog } from './tools.mjs';

export const CRED = {
	nhnAppKey: { id: 'e2eCredNhnAppKey', name: 'E2E NHN App Key', type: 'nhnCloudOcrApi' },
	nhnUak: {
		id: 'e2eCredNhnUAKey1',
		name: 'E2E NHN User Access Key',
		type: 'nhnCloudUserAccessKeyApi',
	},
	clovaGeneral: { id: 'e2eCredClovaGen1', name: 'E2E CLOVA General', type: 'clovaOcrApi' },
	clovaTemplate: { id: 'e2eCredClovaTpl1', name: 'E2E CLOVA Template', type: 'clovaOcrApi' },
	clovaReceipt: { id: 'e2eCredClovaRcp1', name: 'E2E CLOVA Receipt', type: 'clovaOcrApi' },
	clovaBizLicense: {
		id: 'e2eCredClovaBiz1',
		name: 'E2E CLOVA Business License',
		type: 'clovaOcrApi',
	},
};

/** `n8n import:credentials` input: plain data, encrypted by n8n on import. */
export function credentials(emu) {
	return [
		{
			...CRED.nhnAppKey,
			data: { appKey: emu.nhn.appKey, secretKey: emu.nhn.secretKey, baseUrl: emu.nhn.baseUrl },
		},
		{
			...CRED.nhnUak,
			// No token yet: n8n's credential handling must have the credential issue one (preAuthentication).
			data: {
				userAccessKeyId: emu.nhn.userAccessKeyId,
				secretAccessKey: emu.nhn.secretAccessKey,
				appKey: emu.nhn.appKey,
				baseUrl: emu.nhn.baseUrl,
				tokenUrl: emu.nhn.oauthBaseUrl,
				accessToken: '',
				accessTokenExpiresAt: '',
			},
		},
		{
			...CRED.clovaGeneral,
			data: { invokeUrl: emu.clova.general.invokeUrl, secretKey: emu.clova.general.secretKey },
		},
		{
			...CRED.clovaTemplate,
			// Given with /infer at the end, as the console shows it: the node must accept it.
			data: {
				invokeUrl: `${emu.clova.template.invokeUrl}/infer`,
				secretKey: emu.clova.template.secretKey,
			},
		},
		{
			...CRED.clovaReceipt,
			// A Document OCR domain's URL as the console shows it, with /document/receipt.
			data: {
				invokeUrl: `${emu.clova.receipt.invokeUrl}/document/receipt`,
				secretKey: emu.clova.receipt.secretKey,
			},
		},
		{
			...CRED.clovaBizLicense,
			data: {
				invokeUrl: emu.clova.bizLicense.invokeUrl,
				secretKey: emu.clova.bizLicense.secretKey,
			},
		},
	];
}

export const fixture = (name) => join(FIXTURE_FILES, name);

// ---- node builders ----------------------------------------------------------------------------

const TRIGGER = 'Start';

function trigger() {
	return { name: TRIGGER, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} };
}

/** Read/Write Files from Disk, reading one path (or an expression giving one path per input item). */
function readFile(name, fileSelector) {
	return {
		name,
		type: 'n8n-nodes-base.readWriteFile',
		typeVersion: 1.1,
		parameters: { operation: 'read', fileSelector, options: {} },
	};
}

/** HTTP Request downloading a file as binary `data`. */
function download(name, url) {
	return {
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			url,
			options: { response: { response: { responseFormat: 'file', outputPropertyName: 'data' } } },
		},
	};
}

/** Code node emitting fixed items. */
function items(name, list) {
	return {
		name,
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		parameters: { jsCode: `return ${JSON.stringify(list.map((json) => ({ json })))};` },
	};
}

function credentialRef(cred) {
	return { [cred.type]: { id: cred.id, name: cred.name } };
}

/** The OCR node of the package, as the installed community package names it. */
function ocr(name, parameters, cred, { continueOnFail = false } = {}) {
	return {
		name,
		type: NODE_TYPE,
		typeVersion: 1,
		parameters,
		credentials: credentialRef(cred),
		...(continueOnFail ? { onError: 'continueRegularOutput' } : {}),
	};
}

/** A workflow whose nodes run one after the other. */
function chain(id, name, nodes) {
	const connections = {};
	nodes.forEach((node, index) => {
		node.id = `${id}-${index}`;
		node.position = [index * 220, 0];
		const next = nodes[index + 1];
		if (next) connections[node.name] = { main: [[{ node: next.name, type: 'main', index: 0 }]] };
	});
	return {
		id,
		name: `e2e ${name}`,
		active: false,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

// ---- the workflows ----------------------------------------------------------------------------

/** Workflow ids, and the name of the node whose output each test reads. */
export const WF = {
	generalTextBinary: { id: 'e2eWfGenText0001', node: 'OCR' },
	generalLongUrlUak: { id: 'e2eWfGenLong0001', node: 'OCR' },
	businessPdfDocument: { id: 'e2eWfBizPdf00001', node: 'OCR' },
	businessUrlFields: { id: 'e2eWfBizUrl00001', node: 'OCR' },
	businessStatusUak: { id: 'e2eWfBizStat0001', node: 'OCR' },
	creditCard: { id: 'e2eWfCard0000001', masked: 'Masked raw', unmasked: 'Unmasked fields' },
	clovaTableRows: { id: 'e2eWfClovaTab001', node: 'OCR' },
	clovaPdfUrl: { id: 'e2eWfClovaPdf001', node: 'OCR' },
	clovaTiffBase64V1: { id: 'e2eWfClovaTif001', node: 'OCR' },
	clovaDownloadRaw: { id: 'e2eWfClovaDl0001', node: 'OCR' },
	clovaTemplate: {
		id: 'e2eWfClovaTpl001',
		fields: 'Template fields',
		document: 'Template document',
	},
	continueOnFail: { id: 'e2eWfContFail001', node: 'OCR' },
	clovaReceiptRows: { id: 'e2eWfClovaRcp001', node: 'OCR' },
	clovaBizLicense: { id: 'e2eWfClovaBiz001', node: 'OCR' },
	documentAi: { id: 'e2eWfDocAi000001', json: 'Answer as JSON', prose: 'Prose answer' },
	tokenTwoNodes: { id: 'e2eWfToken000001', first: 'General', second: 'Long image' },
};

export function workflows(emu) {
	return [
		chain(WF.generalTextBinary.id, 'NHN General text, binary, app key, fields', [
			trigger(),
			readFile('Read receipt', fixture('receipt-ko.png')),
			ocr(
				'OCR',
				{
					resource: 'nhnGeneralOcr',
					authentication: 'appKeySecretKey',
					operation: 'recognizeText',
					inputType: 'binary',
					binaryPropertyName: 'data',
					output: 'fields',
					options: { includeBoundingBoxes: true },
				},
				CRED.nhnAppKey,
			),
		]),
		chain(WF.generalLongUrlUak.id, 'NHN General long image, URL, user access key, document', [
			trigger(),
			ocr(
				'OCR',
				{
					resource: 'nhnGeneralOcr',
					authentication: 'userAccessKey',
					operation: 'recognizeLongImage',
					inputType: 'url',
					imageUrl: emu.fileUrl('long-banner.png'),
					output: 'document',
				},
				CRED.nhnUak,
			),
		]),
		chain(WF.businessPdfDocument.id, 'NHN business registration, PDF binary, document, keep file', [
			trigger(),
			readFile('Read PDF', fixture('business-registration.pdf')),
			ocr(
				'OCR',
				{
					resource: 'nhnDocumentOcr',
					authentication: 'appKeySecretKey',
					operation: 'recognizeBusinessRegistration',
					inputType: 'binary',
					binaryPropertyName: 'data',
					output: 'document',
					options: { keepBinary: true },
				},
				CRED.nhnAppKey,
			),
		]),
		chain(WF.businessUrlFields.id, 'NHN business registration, URL, user access key, fields', [
			trigger(),
			ocr(
				'OCR',
				{
					resource: 'nhnDocumentOcr',
					authentication: 'userAccessKey',
					operation: 'recognizeBusinessRegistration',
					inputType: 'url',
					imageUrl: emu.fileUrl('business-registration.png'),
					output: 'fields',
				},
				CRED.nhnUak,
			),
		]),
		chain(WF.businessStatusUak.id, 'NHN business status, three numbers, continue on fail', [
			trigger(),
			items('Numbers', [
				{ businessNumber: '214-86-01373' },
				{ businessNumber: '6087723454' },
				{ businessNumber: '2148601374' },
				{ businessNumber: '5030911877' },
			]),
			ocr(
				'OCR',
				{
					resource: 'nhnDocumentOcr',
					authentication: 'userAccessKey',
					operation: 'checkBusinessStatus',
					businessNumber: '={{ $json.businessNumber }}',
					output: 'document',
				},
				CRED.nhnUak,
				{ continueOnFail: true },
			),
		]),
		(() => {
			const wf = chain(WF.creditCard.id, 'NHN credit card, masked raw and unmasked fields', [
				trigger(),
				readFile('Read card', fixture('credit-card.png')),
				ocr(
					WF.creditCard.masked,
					{
						resource: 'nhnDocumentOcr',
						authentication: 'appKeySecretKey',
						operation: 'recognizeCreditCard',
						inputType: 'binary',
						binaryPropertyName: 'data',
						output: 'raw',
					},
					CRED.nhnAppKey,
				),
			]);
			// A second OCR node on the same file (the Read node feeds both).
			const second = ocr(
				WF.creditCard.unmasked,
				{
					resource: 'nhnDocumentOcr',
					authentication: 'appKeySecretKey',
					operation: 'recognizeCreditCard',
					inputType: 'binary',
					binaryPropertyName: 'data',
					output: 'fields',
					options: { maskCardNumber: false },
				},
				CRED.nhnAppKey,
			);
			second.id = `${WF.creditCard.id}-x`;
			second.position = [440, 200];
			wf.nodes.push(second);
			wf.connections['Read card'].main[0].push({ node: second.name, type: 'main', index: 0 });
			return wf;
		})(),
		chain(WF.clovaTableRows.id, 'CLOVA text with tables, binary, table rows', [
			trigger(),
			readFile('Read invoice', fixture('invoice-table.png')),
			ocr(
				'OCR',
				{
					resource: 'clovaOcr',
					operation: 'recognizeText',
					inputType: 'binary',
					binaryPropertyName: 'data',
					output: 'tableRows',
					options: { enableTableDetection: true, headerRow: true },
				},
				CRED.clovaGeneral,
			),
		]),
		chain(WF.clovaPdfUrl.id, 'CLOVA text, three-page PDF by URL, document', [
			trigger(),
			ocr(
				'OCR',
				{
					resource: 'clovaOcr',
					operation: 'recognizeText',
					inputType: 'url',
					imageUrl: emu.fileUrl('three-pages.pdf'),
					output: 'document',
				},
				CRED.clovaGeneral,
			),
		]),
		chain(WF.clovaTiffBase64V1.id, 'CLOVA text, TIFF binary sent as base64, V1, fields', [
			trigger(),
			readFile('Read scan', fixture('scan.tiff')),
			ocr(
				'OCR',
				{
					resource: 'clovaOcr',
					operation: 'recognizeText',
					inputType: 'binary',
					binaryPropertyName: 'data',
					output: 'fields',
					options: { sendAs: 'base64', version: 'V1', languages: ['ko', 'ja'] },
				},
				CRED.clovaGeneral,
			),
		]),
		chain(WF.clovaDownloadRaw.id, 'CLOVA text, file downloaded by HTTP Request, raw', [
			trigger(),
			download('Download receipt', emu.fileUrl('receipt-ko.png')),
			ocr(
				'OCR',
				{
					resource: 'clovaOcr',
					operation: 'recognizeText',
					inputType: 'binary',
					binaryPropertyName: 'data',
					output: 'raw',
				},
				CRED.clovaGeneral,
			),
		]),
		(() => {
			const wf = chain(WF.clovaTemplate.id, 'CLOVA template, binary, fields and document', [
				trigger(),
				readFile('Read claim form', fixture('claim-form.png')),
				ocr(
					WF.clovaTemplate.fields,
					{
						resource: 'clovaOcr',
						operation: 'recognizeTemplate',
						inputType: 'binary',
						binaryPropertyName: 'data',
						templateIds: '390',
						output: 'fields',
					},
					CRED.clovaTemplate,
				),
			]);
			const second = ocr(
				WF.clovaTemplate.document,
				{
					resource: 'clovaOcr',
					operation: 'recognizeTemplate',
					inputType: 'binary',
					binaryPropertyName: 'data',
					templateIds: '',
					output: 'document',
				},
				CRED.clovaTemplate,
			);
			second.id = `${WF.clovaTemplate.id}-x`;
			second.position = [440, 200];
			wf.nodes.push(second);
			wf.connections['Read claim form'].main[0].push({ node: second.name, type: 'main', index: 0 });
			return wf;
		})(),
		chain(WF.continueOnFail.id, 'Continue On Fail: a text file among two receipts', [
			trigger(),
			items('Paths', [
				{ path: fixture('receipt-ko.jpg') },
				{ path: fixture('not-an-image.txt') },
				{ path: fixture('receipt-ko.png') },
			]),
			readFile('Read files', '={{ $json.path }}'),
			ocr(
				'OCR',
				{
					resource: 'nhnGeneralOcr',
					authentication: 'appKeySecretKey',
					operation: 'recognizeText',
					inputType: 'binary',
					binaryPropertyName: 'data',
					output: 'document',
				},
				CRED.nhnAppKey,
				{ continueOnFail: true },
			),
		]),
		chain(WF.clovaReceiptRows.id, 'CLOVA receipt, binary, one item per line item', [
			trigger(),
			readFile('Read receipt', fixture('receipt-mart.png')),
			ocr(
				'OCR',
				{
					resource: 'clovaOcr',
					operation: 'recognizeReceipt',
					inputType: 'binary',
					binaryPropertyName: 'data',
					output: 'tableRows',
				},
				CRED.clovaReceipt,
			),
		]),
		chain(WF.clovaBizLicense.id, 'CLOVA business license, binary sent as base64, document', [
			trigger(),
			readFile('Read licence', fixture('business-registration.png')),
			ocr(
				'OCR',
				{
					resource: 'clovaOcr',
					operation: 'recognizeBusinessLicense',
					inputType: 'binary',
					binaryPropertyName: 'data',
					output: 'document',
					options: { sendAs: 'base64' },
				},
				CRED.clovaBizLicense,
			),
		]),
		(() => {
			const wf = chain(
				WF.documentAi.id,
				'NHN Document AI, JSON from the answer, and a prose answer',
				[
					trigger(),
					readFile('Read receipt', fixture('receipt-mart.png')),
					ocr(
						WF.documentAi.json,
						{
							resource: 'nhnDocumentOcr',
							authentication: 'userAccessKey',
							operation: 'askAboutDocument',
							inputType: 'binary',
							binaryPropertyName: 'data',
							prompt: catalog.documentAiPrompts.json,
							documentType: 'GENERAL',
							output: 'document',
							options: { parseJson: true },
						},
						CRED.nhnUak,
					),
				],
			);
			// The same file, a question answered in prose, JSON asked for: an error item (Continue On Fail).
			const second = ocr(
				WF.documentAi.prose,
				{
					resource: 'nhnDocumentOcr',
					authentication: 'appKeySecretKey',
					operation: 'askAboutDocument',
					inputType: 'binary',
					binaryPropertyName: 'data',
					prompt: catalog.documentAiPrompts.summary,
					output: 'document',
					options: { parseJson: true },
				},
				CRED.nhnAppKey,
				{ continueOnFail: true },
			);
			second.id = `${WF.documentAi.id}-x`;
			second.position = [440, 200];
			wf.nodes.push(second);
			wf.connections['Read receipt'].main[0].push({ node: second.name, type: 'main', index: 0 });
			return wf;
		})(),
		chain(WF.tokenTwoNodes.id, 'User access key token used by two nodes in one run', [
			trigger(),
			ocr(
				WF.tokenTwoNodes.first,
				{
					resource: 'nhnGeneralOcr',
					authentication: 'userAccessKey',
					operation: 'recognizeText',
					inputType: 'url',
					imageUrl: emu.fileUrl('receipt-ko.jpg'),
					output: 'document',
				},
				CRED.nhnUak,
			),
			ocr(
				WF.tokenTwoNodes.second,
				{
					resource: 'nhnGeneralOcr',
					authentication: 'userAccessKey',
					operation: 'recognizeLongImage',
					inputType: 'url',
					imageUrl: emu.fileUrl('long-banner.png'),
					output: 'fields',
					options: { minConfidence: 0.95 },
				},
				CRED.nhnUak,
			),
		]),
	];
}
