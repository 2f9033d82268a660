// The workflows in examples/, as a user imports them into the real n8n 2.41.1: each one is imported, sticky notes
// and all, and its OCR part run from the CLI against the API emulator. What cannot run here is replaced: triggers
// by a Manual Trigger, the node that brings the file (the Gmail trigger, the Google Drive download) by a file read
// from disk into the same binary field, the Google Sheets and Gmail nodes are disabled (a disabled node passes its
// items on), and the AI Agent's tools run as regular nodes with the URL or number a model would pass.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { N8nInstance, freePort, logMessages, nodeItems, packPackage } from './lib/n8n.mjs';
import { example, mailExample, prepare, tablesExample } from './lib/examples.mjs';
import { N8N_VERSION, NODE_TYPE } from './lib/paths.mjs';
import { catalog, startEmulator } from './lib/tools.mjs';
import { credentials } from './lib/workflows.mjs';

describe(
	`n8n ${N8N_VERSION}: the examples/ workflows import and their OCR part runs`,
	{ concurrency: false },
	() => {
		let emu;
		let n8n;

		before(
			async () => {
				emu = await startEmulator();
				n8n = new N8nInstance('examples', {
					env: { N8N_RUNNERS_BROKER_PORT: String(await freePort()) },
				});
				await n8n.setup(await packPackage());
				await n8n.importCredentials(credentials(emu));
			},
			{ timeout: 180_000 },
		);

		after(async () => {
			await emu?.close();
		});

		async function importAndRun(workflow) {
			await n8n.importWorkflows([workflow]);
			emu.clearLog();
			const result = await n8n.execute(workflow.id);
			const diagnostics = () => logMessages(result.stdout + result.stderr).slice(-3000);
			assert.equal(result.code, 0, `n8n execute failed: ${diagnostics()}`);
			assert.ok(result.run, `no run data: ${diagnostics()}`);
			assert.equal(
				result.run.data.resultData.error,
				undefined,
				`the run failed: ${JSON.stringify(result.run.data.resultData.error)}`,
			);
			return result.run;
		}

		it(
			'business-registration-from-mail.json: certificate → fields → business status (sheet row disabled)',
			{ timeout: 180_000 },
			async () => {
				const workflow = mailExample();

				const run = await importAndRun(workflow);
				const [registration] = nodeItems(run, 'Read Business Registration');
				assert.equal(
					registration.json.fields.registrationNumber,
					catalog.businessRegistrationPng.registrationNumber,
				);
				const [status] = nodeItems(run, 'Check Business Status');
				assert.equal(status.json.businessNumber.replace(/-/g, ''), '2148601373');
				assert.equal(status.json.statusCode, '01');
				// The disabled sheet node passed the status item on: the row it would have written.
				const [row] = nodeItems(run, 'Add Supplier Row');
				assert.equal(row.json.statusCode, '01');
				assert.deepEqual(
					emu.log.map((entry) => entry.endpoint),
					['business', 'business/status'],
				);
			},
		);

		it(
			'invoice-tables-to-sheet.json: a Drive file → CLOVA table rows keyed by the first row (sheet disabled)',
			{ timeout: 180_000 },
			async () => {
				const workflow = tablesExample();

				const run = await importAndRun(workflow);
				const rows = nodeItems(run, 'Invoice Table Rows');
				assert.ok(rows.length > 1, `table rows: ${JSON.stringify(rows)}`);
				for (const row of rows) {
					assert.equal(typeof row.json.source?.table, 'number', JSON.stringify(row.json));
					// Named by the table's first row, not column1, column2 …
					const columns = Object.keys(row.json).filter(
						(key) => !['table', 'row', 'source'].includes(key),
					);
					assert.ok(columns.length > 0, JSON.stringify(row.json));
					assert.ok(
						columns.every((key) => !/^column\d+$/.test(key)),
						`columns: ${columns}`,
					);
				}
				assert.equal(nodeItems(run, 'Append Invoice Rows').length, rows.length);
				assert.deepEqual(
					emu.log.filter((entry) => entry.provider === 'clova').map((entry) => entry.endpoint),
					['general'],
				);
			},
		);

		it(
			'ai-agent-with-ocr-tool.json: imports with its model and two OCR tools; each tool runs with what a model would pass',
			{ timeout: 180_000 },
			async () => {
				const source = example('ai-agent-with-ocr-tool.json');
				const tools = source.nodes.filter((node) => node.type === `${NODE_TYPE}Tool`);
				assert.equal(tools.length, 2);
				assert.ok(
					source.nodes.some((node) => node.type === '@n8n/n8n-nodes-langchain.lmChatOpenAi'),
					'an OpenAI Chat Model',
				);
				// The whole example imports as it is (the agent needs a model and a chat, so it is not run).
				await n8n.importWorkflows([prepare(source, 'e2eExampleAgent1')]);

				// Each tool as a regular node, with the argument a model would pass.
				const args = {
					'Read Document': {
						inputType: 'url',
						imageUrl: emu.fileUrl(catalog.receiptKoPng.name),
						output: 'document',
					},
					'Check Business Status': {
						businessNumber: catalog.businessNumbers.byStatus['00'],
						output: 'document',
					},
				};
				const start = {
					id: 'e2e-start',
					name: 'Start',
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				};
				const nodes = [start];
				const connections = {};
				let previous = start.name;
				for (const tool of tools) {
					nodes.push({
						...tool,
						type: NODE_TYPE,
						parameters: { ...tool.parameters, ...args[tool.name] },
					});
					connections[previous] = { main: [[{ node: tool.name, type: 'main', index: 0 }]] };
					previous = tool.name;
				}
				const workflow = prepare({ ...source, nodes, connections }, 'e2eExampleTool01');
				const run = await importAndRun(workflow);
				const [read] = nodeItems(run, 'Read Document');
				assert.equal(
					read.json.text,
					catalog.receiptKoPng.lines.map((line) => line.join(' ')).join('\n'),
				);
				const [status] = nodeItems(run, 'Check Business Status');
				assert.equal(status.json.statusCode, '00');
			},
		);
	},
);
