import { runWorkflow } from '../harness';
import { useEmulator } from '../node/setup';
import { loadWorkflow, workflowFiles } from './run';

/**
 * The middle of the pyramid, declarative: each `*.workflow.json` here is a workflow as n8n exports it, whose
 * pinData is the expected output of its nodes (n8n's convention). Each runs through n8n-core's WorkflowExecute
 * (test/harness) in both binary-data modes against the emulator; `http://emulator.invalid` in a file stands for
 * the emulator's address, relative file paths for the sample files of test/fixtures/files.
 */
const emulator = useEmulator();

describe.each(workflowFiles())('%s', (file) => {
	it.each(['default', 'filesystem'] as const)(
		'binary mode %s: every node gives its pinned output',
		async (binaryMode) => {
			const { workflow, expected, credentials } = loadWorkflow(file, emulator());
			const result = await runWorkflow(workflow, { credentials, binaryMode });
			expect(result.error).toBeUndefined();
			const actual = Object.fromEntries(
				Object.keys(expected).map((node) => [node, result.output(node).map((item) => item.json)]),
			);
			expect(actual).toEqual(expected);
			// Nothing lost: every item says which input item it came from.
			for (const node of Object.keys(expected))
				for (const item of result.output(node))
					expect(item.pairedItem).toMatchObject({ item: expect.any(Number) });
		},
	);
});
