// The node as a tool of n8n's own AI Agent (typeVersion 3.1, the editor's default, and 2.2), in the real n8n 2.41.1,
// with a scripted OpenAI-compatible chat model on loopback (lib/scriptedModel.mjs) and the API emulator: what the
// model is offered (tool names, descriptions, argument schemas) and exactly what it receives back — for a good call,
// a wrong argument, two tools in one turn and a file of the agent's input read through an expression — and what
// n8n records of the run (the tool's runs and the execution list's status).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { N8nInstance, describeFailure, freePort, packPackage } from './lib/n8n.mjs';
import { N8N_VERSION, PACKAGE_NAME } from './lib/paths.mjs';
import { offeredTools, startScriptedModel, toolMessages } from './lib/scriptedModel.mjs';
import { startEmulator } from './lib/tools.mjs';
import { CRED, credentials, fixture } from './lib/workflows.mjs';

const STEP_TIMEOUT = 180_000;
const TOOL_TYPE = `${PACKAGE_NAME}.nhnClovaOcrTool`;
const MODEL_CREDENTIAL = { id: 'e2eScriptedModel', name: 'Scripted model', type: 'openAiApi' };
const WRONG_URL = 'the receipt from yesterday';
const RECEIPT_FILE_TYPES = 'a JPG, PNG, single-page PDF or single-page TIFF file';
/** What the model must receive for WRONG_URL, to the character. */
const WRONG_URL_ANSWER = JSON.stringify([
	{
		error: `"${WRONG_URL}" is not a web address this tool can read`,
		fix: `Call the tool again with imageUrl set to the public https:// address of ${RECEIPT_FILE_TYPES}, e.g. https://example.com/receipt.jpg. The tool cannot read a description, a file name, a local path or a file attached to the chat: if you have no such address, ask the user for one.`,
	},
]);
const RECEIPT_FIELDS = {
	storeName: '한빛마트',
	businessNumber: '214-86-01373',
	paymentDate: '2026-03-14',
	totalPrice: 14800,
	taxPrice: 1345,
};

const credentialRef = ({ id, name }) => ({ id, name });

/** The tool nodes every agent gets: a receipt by URL, a business number, and the receipt the agent's input carries. */
function tools() {
	const receipt = {
		resource: 'clovaOcr',
		operation: 'recognizeReceipt',
		// The emulator serves the files on loopback: a tool reads such addresses only when the user allows them.
		allowInternalAddresses: true,
		options: {},
	};
	return [
		{
			name: 'Read Receipt',
			parameters: receipt,
			credentials: { clovaOcrApi: credentialRef(CRED.clovaReceipt) },
		},
		{
			name: 'Check Business Status',
			parameters: { resource: 'nhnDocumentOcr', operation: 'checkBusinessStatus', options: {} },
			credentials: { nhnCloudOcrApi: credentialRef(CRED.nhnAppKey) },
		},
		{
			name: 'Read Attached Receipt',
			parameters: {
				...receipt,
				inputType: 'binary',
				binaryPropertyName: "={{ $('Read File').item.binary.data }}",
			},
			credentials: { clovaOcrApi: credentialRef(CRED.clovaReceipt) },
		},
	];
}

/** Start → Read File (the receipt as binary `data`, as a chat attachment would come) → AI Agent with its tools. */
function agentWorkflow(id, agentVersion, prompt) {
	const nodes = [
		{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} },
		{
			name: 'Read File',
			type: 'n8n-nodes-base.readWriteFile',
			typeVersion: 1.1,
			parameters: { operation: 'read', fileSelector: fixture('receipt-mart.png'), options: {} },
		},
		{
			name: 'AI Agent',
			type: '@n8n/n8n-nodes-langchain.agent',
			typeVersion: agentVersion,
			parameters: { promptType: 'define', text: prompt, options: {} },
		},
		{
			name: 'Model',
			type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
			typeVersion: 1.3,
			parameters: {
				model: { __rl: true, mode: 'id', value: 'scripted-model' },
				responsesApiEnabled: false,
				options: {},
			},
			credentials: { openAiApi: credentialRef(MODEL_CREDENTIAL) },
		},
		...tools().map((tool) => ({ ...tool, type: TOOL_TYPE, typeVersion: 1 })),
	].map((node, index) => ({
		id: `${id}-node-${index}`,
		position: [index * 200, node.type === TOOL_TYPE ? 240 : 0],
		...node,
	}));
	const connections = {
		Start: { main: [[{ node: 'Read File', type: 'main', index: 0 }]] },
		'Read File': { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
		Model: { ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]] },
		...Object.fromEntries(
			tools().map((tool) => [
				tool.name,
				{ ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
			]),
		),
	};
	return {
		id,
		name: id,
		active: false,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** The first user message's text: which workflow (and so which script) a request belongs to. */
function promptOf(request) {
	const first = (request.body?.messages ?? []).find((message) => message.role === 'user');
	const content = first?.content;
	return typeof content === 'string'
		? content
		: (content ?? []).map((part) => part.text ?? '').join('');
}

/** A tool message's content for a call id, parsed. */
function answerTo(request, callId) {
	const message = toolMessages(request).find((entry) => entry.tool_call_id === callId);
	assert.ok(message, `no tool message for ${callId} in the model's request`);
	return message.content;
}

/** The executions n8n lists (its execution_entity table, what the editor's execution list shows). */
async function listedExecutions(userFolder, workflowId) {
	const { DatabaseSync } = await import('node:sqlite');
	const db = new DatabaseSync(join(userFolder, '.n8n', 'database.sqlite'), { readOnly: true });
	try {
		return db
			.prepare(
				'SELECT status, finished, mode FROM execution_entity WHERE workflowId = ? ORDER BY id',
			)
			.all(workflowId)
			.map((row) => ({ ...row }));
	} finally {
		db.close();
	}
}

/** A tool node's runs as n8n recorded them: status and output items (json). */
function toolRuns(run, name) {
	return (run.data.resultData.runData[name] ?? []).map((entry) => ({
		status: entry.executionStatus,
		error: entry.error?.message,
		items: (entry.data?.ai_tool?.[0] ?? entry.data?.main?.[0] ?? []).map((item) => item.json),
	}));
}

describe(
	`n8n ${N8N_VERSION}: the node as a tool of the AI Agent, with a scripted model`,
	{ concurrency: false },
	() => {
		let emu;
		let model;
		let n8n;
		/** The scripts by workflow: the answer for a request, from the number of tool results it carries. */
		const scripts = new Map();

		before(
			async () => {
				emu = await startEmulator();
				model = await startScriptedModel({
					script: (request) => {
						const script = [...scripts.entries()].find(([prompt]) =>
							promptOf(request).startsWith(prompt),
						);
						if (!script) return undefined;
						return script[1](toolMessages(request).length, request);
					},
				});
				n8n = new N8nInstance('agent', {
					env: { N8N_RUNNERS_BROKER_PORT: String(await freePort()) },
				});
				await n8n.setup(await packPackage());
				await n8n.importCredentials([
					...credentials(emu),
					{ ...MODEL_CREDENTIAL, data: { apiKey: 'test-key', url: model.url } },
				]);
				await n8n.importWorkflows([
					agentWorkflow('e2eAgentTool31', 3.1, '[3.1] Read my receipt and check the store.'),
					agentWorkflow('e2eAgentTool22', 2.2, '[2.2] Read my receipt.'),
				]);
			},
			{ timeout: STEP_TIMEOUT },
		);

		after(async () => {
			await model?.close();
			await emu?.close();
		});

		async function execute(workflowId) {
			const before = model.chatRequests().length;
			emu.clearLog();
			const result = await n8n.execute(workflowId);
			const what = `n8n execute --id=${workflowId}`;
			assert.equal(result.code, 0, describeFailure(what, result));
			assert.ok(result.run, describeFailure(`${what} printed no run; it`, result));
			assert.equal(
				result.run.data.resultData.error,
				undefined,
				JSON.stringify(result.run.data.resultData.error),
			);
			const requests = model.chatRequests().slice(before);
			for (const request of requests)
				assert.equal(
					request.scriptError,
					undefined,
					`the model's script failed: ${request.scriptError}`,
				);
			return { run: result.run, requests, log: [...emu.log] };
		}

		describe('AI Agent 3.1', { concurrency: false }, () => {
			let result;

			before(
				async () => {
					scripts.set('[3.1]', (toolResults) => {
						if (toolResults === 0)
							return {
								toolCalls: [
									{ id: 'call_wrong', name: 'Read_Receipt', arguments: { imageUrl: WRONG_URL } },
								],
							};
						if (toolResults === 1)
							return {
								toolCalls: [
									{
										id: 'call_good',
										name: 'Read_Receipt',
										arguments: { imageUrl: emu.fileUrl('receipt-mart.png') },
									},
								],
							};
						if (toolResults === 2)
							return {
								toolCalls: [
									{ id: 'call_attached', name: 'Read_Attached_Receipt', arguments: {} },
									{
										id: 'call_status',
										name: 'Check_Business_Status',
										arguments: { businessNumber: '214-86-01373' },
									},
								],
							};
						return 'The store is 한빛마트 and it is in business.';
					});
					result = await execute('e2eAgentTool31');
				},
				{ timeout: STEP_TIMEOUT },
			);

			it('offers each tool with the description of what it returns and only the arguments it uses', () => {
				const offered = Object.fromEntries(
					offeredTools(result.requests[0]).map((tool) => [tool.name, tool]),
				);
				assert.deepEqual(Object.keys(offered).sort(), [
					'Check_Business_Status',
					'Read_Attached_Receipt',
					'Read_Receipt',
				]);
				assert.equal(
					offered.Read_Receipt.description,
					"Get a receipt's store, date, totals and items in NHN & CLOVA OCR",
				);
				assert.equal(
					offered.Check_Business_Status.description,
					'Check if a Korean business is open or closed in NHN & CLOVA OCR',
				);
				assert.deepEqual(Object.keys(offered.Read_Receipt.parameters.properties), ['imageUrl']);
				assert.match(
					offered.Read_Receipt.parameters.properties.imageUrl.description,
					new RegExp(`receipt: ${RECEIPT_FILE_TYPES}\\.`),
				);
				assert.deepEqual(Object.keys(offered.Check_Business_Status.parameters.properties), [
					'businessNumber',
				]);
				assert.match(
					offered.Check_Business_Status.parameters.properties.businessNumber.description,
					/10-digit Korean business registration number/,
				);
				// The file comes from the user's expression: the model passes nothing.
				assert.deepEqual(offered.Read_Attached_Receipt.parameters.properties, {});
			});

			it('a wrong argument: the model receives the error and exactly what to pass instead, and nothing was sent', () => {
				assert.equal(answerTo(result.requests[1], 'call_wrong'), WRONG_URL_ANSWER);
				const runs = toolRuns(result.run, 'Read Receipt');
				// n8n records the call as a successful run of the tool whose output is the failure.
				assert.deepEqual(runs[0], {
					status: 'success',
					error: undefined,
					items: JSON.parse(WRONG_URL_ANSWER),
				});
			});

			it('a good call: the receipt once — key fields typed, line items as a Markdown table — in under 700 characters', (t) => {
				const content = answerTo(result.requests[2], 'call_good');
				t.diagnostic(`receipt answer: ${content.length} characters: ${content}`);
				assert.ok(content.length <= 700, `${content.length} characters`);
				const [answer] = JSON.parse(content);
				assert.deepEqual(Object.keys(answer), ['markdown', 'fields']);
				for (const [name, value] of Object.entries(RECEIPT_FIELDS))
					assert.equal(answer.fields[name], value, name);
				assert.match(answer.markdown, /^\| Item \| Code \| Count \| Unit price \| Price \|\n/);
				assert.equal(content.split('한빛마트').length, 2, 'the store name is said once');
				assert.equal(result.log.filter((entry) => entry.provider === 'clova').length, 2);
			});

			it("two tools in one turn: the attached receipt (read through the tool's expression) and the business status", () => {
				const last = result.requests[3];
				const [attached] = JSON.parse(answerTo(last, 'call_attached'));
				for (const [name, value] of Object.entries(RECEIPT_FIELDS))
					assert.equal(attached.fields[name], value, name);
				assert.deepEqual(JSON.parse(answerTo(last, 'call_status')), [
					{
						businessNumber: '2148601373',
						statusCode: '01',
						status: 'VAT general taxpayers',
						inBusiness: true,
						statusMessage: '부가가치세 일반과세자 입니다.',
					},
				]);
				assert.equal(toolMessages(last).length, 4);
				assert.equal(result.requests.length, 4);
			});

			it('n8n records the run as succeeded, the failed call included: the execution list and every tool run', async () => {
				assert.equal(result.run.status, 'success');
				for (const name of ['Read Receipt', 'Read Attached Receipt', 'Check Business Status'])
					for (const run of toolRuns(result.run, name)) assert.equal(run.status, 'success', name);
				const listed = await listedExecutions(n8n.userFolder, 'e2eAgentTool31');
				assert.deepEqual(
					listed.map((row) => row.status),
					['success'],
				);
			});
		});

		describe('AI Agent 2.2', { concurrency: false }, () => {
			let result;

			before(
				async () => {
					scripts.set('[2.2]', (toolResults) => {
						if (toolResults === 0)
							return {
								toolCalls: [
									{ id: 'call_wrong', name: 'Read_Receipt', arguments: { imageUrl: WRONG_URL } },
								],
							};
						if (toolResults === 1)
							return {
								toolCalls: [
									{
										id: 'call_good',
										name: 'Read_Receipt',
										arguments: { imageUrl: emu.fileUrl('receipt-mart.png') },
									},
									{ id: 'call_attached', name: 'Read_Attached_Receipt', arguments: {} },
								],
							};
						return 'The receipt says 14,800.';
					});
					result = await execute('e2eAgentTool22');
				},
				{ timeout: STEP_TIMEOUT },
			);

			it('a wrong argument: the model receives the same error and fix (a thrown error would reach it as "")', () => {
				assert.equal(answerTo(result.requests[1], 'call_wrong'), WRONG_URL_ANSWER);
			});

			it('two tools in one turn: the receipt by URL and the attached receipt, each value once', () => {
				const last = result.requests[2];
				for (const call of ['call_good', 'call_attached']) {
					const content = answerTo(last, call);
					const [answer] = JSON.parse(content);
					for (const [name, value] of Object.entries(RECEIPT_FIELDS))
						assert.equal(answer.fields[name], value, `${call} ${name}`);
					assert.equal(content.split('한빛마트').length, 2);
				}
				assert.equal(result.run.status, 'success');
			});
		});

		describe(
			'AI Agent 3.1, binary data kept in memory (mode "default")',
			{ concurrency: false },
			() => {
				let memory;

				before(
					async () => {
						memory = new N8nInstance('agent-default', {
							binaryDataMode: 'default',
							env: { N8N_RUNNERS_BROKER_PORT: String(await freePort()) },
						});
						await memory.setup(await packPackage());
						await memory.importCredentials([
							...credentials(emu),
							{ ...MODEL_CREDENTIAL, data: { apiKey: 'test-key', url: model.url } },
						]);
						await memory.importWorkflows([
							agentWorkflow('e2eAgentToolMem', 3.1, '[memory] Read the attached receipt.'),
						]);
						scripts.set('[memory]', (toolResults) =>
							toolResults === 0
								? {
										toolCalls: [
											{ id: 'call_attached', name: 'Read_Attached_Receipt', arguments: {} },
										],
									}
								: 'Done.',
						);
					},
					{ timeout: STEP_TIMEOUT },
				);

				it("the tool reads the agent's file from the expression (its bytes are in the item, not in a store)", async () => {
					const before = model.chatRequests().length;
					const result = await memory.execute('e2eAgentToolMem');
					assert.equal(result.code, 0, describeFailure('n8n execute --id=e2eAgentToolMem', result));
					const requests = model.chatRequests().slice(before);
					assert.equal(requests.length, 2);
					const [attached] = JSON.parse(answerTo(requests[1], 'call_attached'));
					for (const [name, value] of Object.entries(RECEIPT_FIELDS))
						assert.equal(attached.fields[name], value, name);
				});
			},
		);
	},
);
