/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';
import type { Emulator } from '../emulator';
import { runNode, type HarnessCredential, type HarnessItem } from '../harness';

/** One part of `npm run demo`: a title and what it shows. Add a file under sections/ and list it in main.ts. */
export interface DemoSection {
	title: string;
	run(demo: Demo): Promise<void>;
}

export interface Demo {
	emulator: Emulator;
	/** Runs the node through the real n8n engine; Continue On Fail on, so failures show as error items. */
	node(
		parameters: INodeParameters,
		items: HarnessItem[],
		credentials: HarnessCredential[],
	): Promise<INodeExecutionData[]>;
	show(value: unknown): void;
	/** Text as it is, line breaks and all (Markdown). */
	text(text: string): void;
	table(rows: object[]): void;
	note(text: string): void;
}

export function createDemo(emulator: Emulator): Demo {
	return {
		emulator,
		async node(parameters, items, credentials) {
			const run = await runNode({ parameters, items, credentials, continueOnFail: true });
			if (run.error) throw run.error;
			return run.items;
		},
		show: (value) => console.log(JSON.stringify(value, null, 2)),
		text: (text) => console.log(text),
		table: (rows) => console.table(rows),
		note: (text) => console.log(`\x1b[2m${text}\x1b[0m`),
	};
}
