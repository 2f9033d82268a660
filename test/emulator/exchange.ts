/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultTarget } from './faults';
import type { EmulatorState } from './state';
import type { RequestLogEntry } from './types';

/** One request being answered. */
export interface Exchange {
	req: IncomingMessage;
	res: ServerResponse;
	/** Path without the query string. */
	path: string;
	entry: RequestLogEntry;
	state: EmulatorState;
	/** What fault rules are matched against. */
	target: FaultTarget;
}

export function header(ex: Exchange, name: string): string | undefined {
	const value = ex.req.headers[name.toLowerCase()];
	return Array.isArray(value) ? value[0] : value;
}
