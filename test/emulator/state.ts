import type { FaultBook } from './faults';
import type { FixtureStore } from './fixture-store';
import type { TokenStore } from './tokens';
import type { RequestLogEntry } from './types';

/** Everything the request handlers share. */
export interface EmulatorState {
	baseUrl: string;
	tokenTtlSeconds: number;
	expiresInAsString: boolean;
	downloadTimeoutMs: number;
	combineResultAsArray: boolean;
	now: () => number;
	tokens: TokenStore;
	faults: FaultBook;
	fixtures: FixtureStore;
	log: RequestLogEntry[];
	nextSeq: number;
	onRequestDone?: (entry: RequestLogEntry) => void;
	/** Timers of /slow answers, cleared on close. */
	timers: Set<NodeJS.Timeout>;
	/** Requests held by a `hold` fault, released by `releaseStalled()` or close. */
	stalled: Set<() => void>;
}
