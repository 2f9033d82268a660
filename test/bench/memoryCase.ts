/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
/**
 * One case of benchmark 3 in a process of its own (so that its peak RSS is its own): runs Input → the case's node on
 * a small file (warm-up), then on the big file, and prints the growth of the peak RSS during the big run.
 * Arguments come as JSON in BENCH_CASE (see memory.ts).
 */
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { closeHarness, runWorkflow, type BinaryMode, type HarnessCredential } from '../harness';
import { httpRequestWorkflow, nodeTypes, ocrWorkflow } from './workflows';
import type { Emulator } from '../emulator';

export interface MemoryCase {
	side: 'baseline' | 'nhn' | 'clovaMultipart' | 'clovaBase64' | 'http';
	binaryMode: BinaryMode;
	bigFile: string;
	smallFile: string;
	credentials: HarnessCredential[];
	nhn: Pick<Emulator['nhn'], 'baseUrl' | 'appKey'>;
}

class PassThrough implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pass',
		name: 'pass',
		group: ['transform'],
		version: 1,
		description: 'Returns its input',
		defaults: { name: 'Pass' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}

function workflowFor(c: MemoryCase, path: string) {
	const items = [{ files: [{ path, mimeType: 'image/png', fileName: 'big.png' }] }];
	const emulator = { nhn: c.nhn } as Emulator;
	switch (c.side) {
		case 'http':
			return { workflow: httpRequestWorkflow(emulator, items), node: 'HTTP Request' };
		case 'baseline': {
			const workflow = ocrWorkflow(items);
			workflow.nodes[1] = { ...workflow.nodes[1], type: 'bench.pass', parameters: {} };
			return { workflow, node: 'OCR' };
		}
		default: {
			const clova = c.side !== 'nhn';
			const workflow = ocrWorkflow(
				items,
				clova
					? {
							resource: 'clovaOcr',
							operation: 'recognizeText',
							output: 'raw',
							options: { sendAs: c.side === 'clovaBase64' ? 'base64' : 'multipart' },
						}
					: { output: 'raw' },
			);
			if (clova)
				workflow.nodes[1].credentials = { clovaOcrApi: { id: 'clovaOcrApi-id', name: 'clova' } };
			return { workflow, node: 'OCR' };
		}
	}
}

async function main() {
	const c = JSON.parse(process.env.BENCH_CASE ?? '{}') as MemoryCase;
	const engine = {
		credentials: c.credentials,
		binaryMode: c.binaryMode,
		nodeTypes: { ...nodeTypes(), 'bench.pass': new PassThrough() },
	};
	const run = async (path: string) => {
		const { workflow, node } = workflowFor(c, path);
		const result = await runWorkflow(workflow, engine);
		if (result.error) throw new Error(`${c.side}: ${result.error.message}`);
		if (result.output(node).length !== 1) throw new Error(`${c.side}: no output`);
	};
	await run(c.smallFile);
	await run(c.smallFile);
	const before = process.resourceUsage().maxRSS * 1024;
	await run(c.bigFile);
	const after = process.resourceUsage().maxRSS * 1024;
	await closeHarness();
	process.stdout.write(JSON.stringify({ growth: after - before }));
}

main().catch((error) => {
	process.stderr.write(String(error?.stack ?? error));
	process.exitCode = 1;
});
