import { startEmulator } from './index';
import type { Emulator, EmulatorOptions } from './types';

/** Called: the running emulator. Its properties: the emulator's, so `emu.url` and `emulator().url` both work. */
export type EmulatorHandle = Emulator & (() => Emulator);

let shared: Promise<Emulator> | undefined;

/** Closes the emulator the files of this jest file (or group, test/groups) shared. */
export async function closeSharedEmulator(): Promise<void> {
	const closing = shared;
	shared = undefined;
	await (await closing)?.close();
}

// Registered where this module is first loaded: at the top of a test file, or of a group (test/groups/include.ts).
if (typeof afterAll === 'function') afterAll(closeSharedEmulator);

/**
 * The one emulator fixture of every test file: `const emulator = useEmulator()`. Without options all files of a
 * jest run share one emulator (started before the first test that needs it); with options the file gets its own,
 * closed after its last test. Either way the log and the faults are cleared before each test.
 */
export function useEmulator(options?: EmulatorOptions): EmulatorHandle {
	let emulator: Emulator | undefined;
	beforeAll(async () => {
		emulator = options ? await startEmulator(options) : await (shared ??= startEmulator());
	});
	afterAll(async () => {
		if (options) await emulator?.close();
		emulator = undefined;
	});
	beforeEach(() => {
		emulator?.clearLog();
		emulator?.clearFaults();
	});
	const current = (): Emulator => {
		if (!emulator) throw new Error('emulator not started: use it inside a test or a hook');
		return emulator;
	};
	return new Proxy(function handle() {} as unknown as EmulatorHandle, {
		apply: () => current(),
		get: (_target, key) => Reflect.get(current(), key),
	});
}
