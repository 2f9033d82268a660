/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
// The node as an AI Agent tool, through n8n-core's own tool path: an agent node asks the engine for its
// ai_tool connections (getInputConnectionData), n8n-core builds the tool from the node (createNodeAsTool:
// schema from the $fromAI parameters, description from the operation) and each call runs the node in a
// SupplyDataContext with only the model's arguments as input (makeHandleToolInvocation).
//
// What is checked is what a model receives, not what the tool threw: n8n 2.41's AI Agent 2.x gives the model the
// tool's answer text, or "" when the tool throws (LangChain's agent loop swallows the error); 3.x runs the tool as
// a node of its own and gives the model the answer text, or `[{"error":"<message>"}]` without the description
// (workflow-execute.js). A failure the tool returns as `{ error, fix }` reaches both verbatim. The real agents are
// run in test/e2e/agent.test.mjs; this file checks every operation and every kind of failure quickly.
import { basename } from 'node:path';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { Emulator } from '../emulator';
import {
	businessNumbers,
	businessRegistrationPdf,
	receiptKoPng,
	receiptMartPng,
} from '../fixtures/catalog';
import { closeHarness, type HarnessCredential } from '../harness';
import { appKeyCredential, fileItem, useEmulator } from '../node/setup';
import { reportOfCall, type ToolReport } from '../node/toolSetup';

/**
 * One call of the tool as the model makes it. The emulator serves the files on loopback: the tool reads them only
 * with internal addresses allowed (test/node/security.toolUrls.test.ts checks the refusal).
 */
const callAsTool = (
	parameters: INodeParameters,
	...rest: Parameters<typeof reportOfCall> extends [unknown, ...infer R] ? R : never
) => reportOfCall({ allowInternalAddresses: true, ...parameters }, ...rest);
import { operationSpecs, runSample, sampleFor, type OperationSpec } from './operations';

const emulator = useEmulator();
afterAll(closeHarness);

/** The file a sample sends, by name, so that the tool gets its URL from the emulator. */
function sampleFileName(items: Array<{ files?: Array<{ path?: string }> }>): string {
	const path = items[0]?.files?.[0]?.path;
	if (!path) throw new Error('the sample has no file');
	return basename(path);
}

async function asTool(emu: Emulator, spec: OperationSpec, parameters: INodeParameters = {}) {
	const sample = await sampleFor(emu, spec);
	const args = spec.takesFile
		? {
				imageUrl: emu.fileUrl(sampleFileName(sample.items)),
				...(sample.parameters.prompt ? { prompt: String(sample.parameters.prompt) } : {}),
			}
		: { businessNumber: String(sample.parameters.businessNumber) };
	const report = await callAsTool(
		{ resource: spec.resource, operation: spec.operation, ...parameters },
		args,
		sample.credentials,
	);
	return { sample, args, report };
}

const key = (spec: OperationSpec) => `${spec.resource}.${spec.operation}`;
const registration = {
	registrationNumber: '214-86-01373',
	companyName: '주식회사 한빛데이터',
	representative: '김하늘',
	openingDate: '2019-04-01',
	issueDate: '2024-05-20',
};

/**
 * What each operation's answer must carry, the thing the operation exists for, checked operation by operation (an
 * operation added later fails here until it says what its answer carries).
 */
const carries: Record<string, (answer: IDataObject) => void> = {
	'nhnGeneralOcr.recognizeText': (answer) => {
		expect(answer).toEqual({
			markdown: expect.stringContaining('한빛마트 판교점\n사업자 214-86-01373'),
		});
		expect(answer.markdown).toContain('합계 12,800');
	},
	'nhnGeneralOcr.recognizeLongImage': (answer) =>
		expect(answer).toEqual({ markdown: expect.stringContaining('전 품목 30% 할인') }),
	'nhnDocumentOcr.recognizeBusinessRegistration': (answer) => {
		expect(answer.fields).toMatchObject({ ...registration, taxOffice: '성남세무서장' });
		expect(answer).not.toHaveProperty('markdown');
	},
	'nhnDocumentOcr.checkBusinessStatus': (answer) =>
		expect(answer).toEqual({
			businessNumber: businessNumbers.byStatus['01'],
			statusCode: '01',
			status: 'VAT general taxpayers',
			inBusiness: true,
			statusMessage: '부가가치세 일반과세자 입니다.',
		}),
	'nhnDocumentOcr.recognizeCreditCard': (answer) =>
		// Masked (Mask Personal Data is on by default); the number groups and the text lines are not repeated.
		expect(answer).toEqual({
			fields: { cardNumber: '************5675', validThru: '08/29' },
			luhnValid: true,
		}),
	'nhnDocumentOcr.askAboutDocument': (answer) =>
		// The paid answer itself (not only `source`, as before).
		expect(answer).toEqual({
			answer: expect.stringMatching(/^Here is the receipt as JSON:[\s\S]*"total": 14800/),
		}),
	'nhnDocumentOcr.extractFields': (answer) => {
		expect(answer).toMatchObject({
			supplierRegistrationNumber: '214-86-01373',
			issueDate: '2026-03-14',
			supplyAmount: 3100000,
			taxAmount: 310000,
			total: 3410000,
		});
		expect(answer.lineItems).toHaveLength(2);
		expect(answer).not.toHaveProperty('problems');
	},
	'clovaOcr.recognizeText': (answer) =>
		expect(answer).toEqual({ markdown: expect.stringContaining('합계 3,410,000') }),
	'clovaOcr.recognizeTemplate': (answer) =>
		expect(answer).toMatchObject({
			fields: {
				'policy-id': '102831',
				claimant: '김민준',
				'fax-checkbox': true,
				'email-checkbox': false,
			},
			template: 'Insurance claim form',
		}),
	'clovaOcr.recognizeReceipt': (answer) => {
		expect(answer.fields).toEqual({
			storeName: '한빛마트',
			storeSubName: '판교점',
			businessNumber: '214-86-01373',
			storeAddress: '경기도 성남시 분당구 판교역로 235',
			storePhone: '(031)786-1171',
			paymentDate: '2026-03-14',
			paymentTime: '18:42:07',
			cardCompany: '한빛카드',
			cardNumber: '****-****-****-5675',
			approvalNumber: '30012345',
			totalPrice: 14800,
			taxPrice: 1345,
			discountPrice: -1000,
			creditCardPrice: 14800,
			subTotalPrice: 13455,
		});
		// The line items once, as a Markdown table; the store and totals are not repeated in it.
		expect(answer.markdown).toBe(
			[
				'| Item | Code | Count | Unit price | Price |',
				'| --- | --- | --- | --- | --- |',
				'| 아메리카노 | | 2 | 4,500 | 9,000 |',
				'| 크루아상 | 8801234 | 1 | 3,800 | 3,800 |',
				'| 생수 500ml | | 3 | 1,000 | 3,000 |',
			].join('\n'),
		);
	},
	'clovaOcr.recognizeBusinessLicense': (answer) =>
		expect(answer).toEqual({
			fields: {
				...registration,
				corporateRegistrationNumber: expect.any(String),
				businessAddress: '경기도 성남시 분당구 판교역로 235',
				headOfficeAddress: '경기도 성남시 분당구 판교역로 235',
				businessType: ['정보통신업', '도매 및 소매업'],
				businessItem: ['응용 소프트웨어 개발 및 공급업', '컴퓨터 및 주변장치 도매업'],
				taxpayerType: '법인사업자',
			},
			registrationNumberValid: true,
		}),
};

/** Copies that only cost tokens: none of these may be in a tool's answer. */
const NEVER = [
	'pages',
	'lines',
	'confidence',
	'keyValues',
	'values',
	'store',
	'payment',
	'totals',
	'tables',
	'source',
	'imageName',
	'fileType',
];

/** Every text value of an object, however deep. */
function texts(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(texts);
	if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
	return [];
}

const answerLengths: string[] = [];
afterAll(() => {
	if (answerLengths.length)
		console.log(`Tool answers (characters the model reads):\n${answerLengths.join('\n')}`);
});

describe('as an AI Agent tool (n8n-core createNodeAsTool → SupplyDataContext)', () => {
	it.each(operationSpecs().map((spec) => [`${spec.resource} › ${spec.operation}`, spec] as const))(
		'%s: the model passes a URL or a number and gets what the operation is for, each value once',
		async (_title, spec) => {
			const emu = emulator();
			const { sample, args, report } = await asTool(emu, spec);
			expect(report.thrown).toBeUndefined();
			expect(Object.keys(report.arguments)).toEqual(Object.keys(args));
			expect(report.tool).toBe('Read_Document');
			// Agent 2.x and 3.x give the model the same text: a JSON array of the tool's items, one per call.
			expect(report.agent3).toBe(report.agent2);
			expect(report.answer).toHaveLength(1);
			const [answer] = report.answer;
			const check = carries[key(spec)];
			if (!check)
				throw new Error(`add what the tool answer of ${key(spec)} carries to \`carries\``);
			check(answer);
			for (const left of NEVER) expect(answer).not.toHaveProperty(left);
			expect(report.agent2).not.toMatch(/"x1"|"boundingPoly"|"vertices"|"confidence"/);
			// Each value once: a field's text is not said again in the Markdown.
			const markdown = typeof answer.markdown === 'string' ? answer.markdown : '';
			for (const text of texts(answer.fields).filter((text) => text.length > 1))
				expect(markdown).not.toContain(text);
			const regular = await runSample(emu, spec, { output: 'document' }, sample);
			const document = JSON.stringify(regular.items.map((item) => item.json));
			expect(report.agent2.length).toBeLessThan(document.length);
			answerLengths.push(
				`${key(spec)}: ${report.agent2.length} (One Item per Document: ${document.length})`,
			);
		},
	);

	it('the receipt answer is short: at most 700 characters (before issue 20: 2,603, most values three times)', async () => {
		const emu = emulator();
		const spec = operationSpecs().find(
			(candidate) => key(candidate) === 'clovaOcr.recognizeReceipt',
		)!;
		const { report } = await asTool(emu, spec);
		expect(report.agent2.length).toBeLessThanOrEqual(700);
		expect(report.agent2).not.toContain('storeInfo.name');
		expect(report.agent2.split('한빛마트')).toHaveLength(2);
	});

	it('Ask About Document with Parse JSON From Answer: the answer is the JSON the model asked for', async () => {
		const emu = emulator();
		const spec = operationSpecs().find(
			(candidate) => key(candidate) === 'nhnDocumentOcr.askAboutDocument',
		)!;
		const { report } = await asTool(emu, spec, { options: { parseJson: true } });
		expect(report.answer).toEqual([
			{
				answer: {
					store: '한빛마트 판교점',
					date: '2026-03-14',
					total: 14800,
					items: ['아메리카노', '크루아상', '생수 500ml'],
				},
			},
		]);
	});

	it('tables reach the model as Markdown tables (Extract Tables set in the tool options)', async () => {
		const emu = emulator();
		const spec = operationSpecs().find((candidate) => key(candidate) === 'clovaOcr.recognizeText')!;
		const sample = await sampleFor(emu, spec);
		const options = { enableTableDetection: true };
		const report = await callAsTool(
			{ resource: spec.resource, operation: spec.operation, options },
			{ imageUrl: emu.fileUrl(sampleFileName(sample.items)) },
			sample.credentials,
		);
		const regular = await runSample(emu, spec, { output: 'markdown', options }, sample);
		const markdown = regular.items[0].json.markdown as string;
		expect(markdown).toMatch(/^\| .* \|$/m);
		expect(report.answer).toEqual([{ markdown }]);
	});
});

describe('what the model is told: the tool description and each argument, per operation', () => {
	const described = operationSpecs().map((spec) => [key(spec), spec] as const);

	it.each(described)(
		'%s: only the arguments it uses, described for its service',
		async (_title, spec) => {
			const emu = emulator();
			const { report } = await asTool(emu, spec);
			expect(report.description).toMatch(/^\S.* in NHN & CLOVA OCR$/);
			if (!spec.takesFile) {
				expect(Object.keys(report.arguments)).toEqual(['businessNumber']);
				expect(report.arguments.businessNumber).toMatch(
					/10-digit Korean business registration number/,
				);
				return;
			}
			expect(report.arguments.imageUrl).toMatch(/^The public https:\/\/ address \(URL\) of /);
			if (spec.operation === 'askAboutDocument')
				expect(report.arguments.prompt).toMatch(/What to ask about the document/);
			else expect(report.arguments).not.toHaveProperty('prompt');
		},
	);

	it('the file types are those of the operation’s service', async () => {
		const emu = emulator();
		const hint = async (name: string) => {
			const spec = operationSpecs().find((candidate) => key(candidate) === name)!;
			return (await asTool(emu, spec)).report.arguments.imageUrl;
		};
		expect(await hint('nhnGeneralOcr.recognizeText')).toMatch(/: a JPG or PNG file\./);
		expect(await hint('nhnDocumentOcr.askAboutDocument')).toMatch(/: a JPG or PNG file\./);
		expect(await hint('clovaOcr.recognizeText')).toMatch(
			/: a JPG, PNG, PDF \(at most 10 pages\) or TIFF file\./,
		);
		expect(await hint('clovaOcr.recognizeReceipt')).toMatch(
			/receipt: a JPG, PNG, single-page PDF or single-page TIFF file\./,
		);
		expect(await hint('nhnDocumentOcr.recognizeBusinessRegistration')).toMatch(
			/사업자등록증\): a PDF, JPG or PNG file\./,
		);
	});

	it('the descriptions say what each operation returns', async () => {
		const emu = emulator();
		const descriptions: Record<string, string> = {};
		for (const spec of operationSpecs())
			descriptions[key(spec)] = (await asTool(emu, spec)).report.description;
		expect(descriptions).toMatchObject({
			'nhnGeneralOcr.recognizeText': 'Get the text of an image as markdown in NHN & CLOVA OCR',
			'nhnDocumentOcr.checkBusinessStatus':
				'Check if a Korean business is open or closed in NHN & CLOVA OCR',
			'nhnDocumentOcr.askAboutDocument':
				'Answer a question about a document image in NHN & CLOVA OCR',
			'clovaOcr.recognizeReceipt':
				"Get a receipt's store, date, totals and items in NHN & CLOVA OCR",
		});
		expect(new Set(Object.values(descriptions)).size).toBe(Object.keys(descriptions).length);
	});
});

describe('a failure is the answer the model reads: { error, fix }, with agent 2.x and 3.x alike', () => {
	const nhnGeneral = { resource: 'nhnGeneralOcr', operation: 'recognizeText' };

	/** The failure both agents hand the model, the same text, and nothing thrown. */
	function failure(report: ToolReport): { error: string; fix: string } {
		expect(report.thrown).toBeUndefined();
		expect(report.agent3).toBe(report.agent2);
		expect(report.answer).toHaveLength(1);
		const [answer] = report.answer;
		expect(Object.keys(answer)).toEqual(['error', 'fix']);
		return answer as { error: string; fix: string };
	}

	it('a wrong argument: the model receives exactly what to pass instead, and nothing was sent', async () => {
		const emu = emulator();
		const report = await callAsTool(nhnGeneral, { imageUrl: 'the receipt from yesterday' }, [
			appKeyCredential(emu),
		]);
		expect(report.agent2).toBe(
			JSON.stringify([
				{
					error: '"the receipt from yesterday" is not a web address this tool can read',
					fix: 'Call the tool again with imageUrl set to the public https:// address of a JPG or PNG file, e.g. https://example.com/receipt.jpg. The tool cannot read a description, a file name, a local path or a file attached to the chat: if you have no such address, ask the user for one.',
				},
			]),
		);
		failure(report);
		expect(emu.log).toEqual([]);
	});

	it('a file name instead of a URL, for CLOVA General: the fix names the file types CLOVA reads', async () => {
		const emu = emulator();
		const report = await callAsTool(
			{ resource: 'clovaOcr', operation: 'recognizeText' },
			{ imageUrl: receiptKoPng.name },
			[
				{
					type: 'clovaOcrApi',
					data: { invokeUrl: emu.clova.general.invokeUrl, secretKey: emu.clova.general.secretKey },
				},
			],
		);
		expect(failure(report).fix).toContain('a JPG, PNG, PDF (at most 10 pages) or TIFF file');
		expect(emu.log).toEqual([]);
	});

	it('input refused before the paid call: a PDF for Ask About Document, which reads JPG and PNG', async () => {
		const emu = emulator();
		const report = await callAsTool(
			{ resource: 'nhnDocumentOcr', operation: 'askAboutDocument' },
			{ imageUrl: emu.fileUrl(basename(businessRegistrationPdf.path)), prompt: 'What is this?' },
			[appKeyCredential(emu)],
		);
		const { error, fix } = failure(report);
		expect(error).toMatch(/cannot read/);
		expect(fix).toMatch(/accepts JPG, PNG files/);
		expect(emu.log.filter((entry) => entry.provider === 'nhn')).toEqual([]);
	});

	it('the service refuses the file: its meaning and what to do', async () => {
		const emu = emulator();
		emu.inject({ kind: 'apiError', nhnResultCode: 4000003, times: 1, match: { provider: 'nhn' } });
		const report = await callAsTool(
			nhnGeneral,
			{ imageUrl: emu.fileUrl(basename(receiptKoPng.path)) },
			[appKeyCredential(emu)],
		);
		const { error, fix } = failure(report);
		expect(error).toBe('NHN Cloud OCR does not accept this file type');
		expect(fix).toMatch(/JPG or PNG/);
	});

	it('a timeout: said as such, with what to do', async () => {
		const emu = emulator();
		emu.inject({ kind: 'stall', times: 1, match: { provider: 'nhn' } });
		const report = await callAsTool(
			{ ...nhnGeneral, options: { timeout: 300, maxRetries: 0 } },
			{ imageUrl: emu.fileUrl(basename(receiptKoPng.path)) },
			[appKeyCredential(emu)],
		);
		const { error, fix } = failure(report);
		expect(error).toMatch(/timed out/);
		expect(fix).toMatch(/try again later/);
	});

	it('Check Business Status: a number that fails its check digit is refused before the call, with the fix', async () => {
		const emu = emulator();
		const parameters = { resource: 'nhnDocumentOcr', operation: 'checkBusinessStatus' };
		const ok = await callAsTool(parameters, { businessNumber: businessNumbers.byStatus['00'] }, [
			appKeyCredential(emu),
		]);
		expect(ok.answer[0]).toMatchObject({ statusCode: '00', inBusiness: false });
		const wrong = await callAsTool(
			parameters,
			{ businessNumber: businessNumbers.checksumInvalid },
			[appKeyCredential(emu)],
		);
		expect(failure(wrong).error).toMatch(/check digit/);
		expect(emu.log.filter((entry) => entry.endpoint === 'business/status')).toHaveLength(1);
	});
});

describe("a file of the agent's input, through an expression (Input Type: File From an Expression)", () => {
	const parameters = {
		resource: 'clovaOcr',
		operation: 'recognizeReceipt',
		inputType: 'binary',
		binaryPropertyName: "={{ $('Input').item.binary.data }}",
	};
	const clovaReceipt = (emu: Emulator): HarnessCredential[] => [
		{
			type: 'clovaOcrApi',
			data: { invokeUrl: emu.clova.receipt.invokeUrl, secretKey: emu.clova.receipt.secretKey },
		},
	];

	it('the model passes no address; the tool reads the file the expression gives', async () => {
		const emu = emulator();
		const report = await callAsTool(parameters, {}, clovaReceipt(emu), fileItem(receiptMartPng));
		expect(report.arguments).toEqual({});
		expect(report.thrown).toBeUndefined();
		expect(report.answer[0]).toMatchObject({
			fields: { storeName: '한빛마트', totalPrice: 14800 },
		});
	});

	it('no file came with the input: the model is told to ask the user for one', async () => {
		const emu = emulator();
		const report = await callAsTool(parameters, {}, clovaReceipt(emu));
		expect(report.answer).toEqual([
			{
				error: "No file came with the agent's input",
				fix: expect.stringMatching(/Ask the user to attach the document/),
			},
		]);
		expect(emu.log).toEqual([]);
	});
});
