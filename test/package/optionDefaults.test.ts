// n8n shows an option's `default` when the option is added, but sends nothing for an option that is not added.
// So the node must behave, for every option left out, exactly as with the option added at its shown default:
// the same items and the same requests, for every operation and output shape.
import type { INodeProperties } from 'n8n-workflow';
import type { Emulator } from '../emulator';
import { closeHarness } from '../harness';
import { useEmulator } from '../node/setup';
import { operationSpecs, runSample, type OperationSpec } from './operations';

const emulator = useEmulator();
afterAll(closeHarness);

/** Options that switch features on, so that the options depending on them have something to act on. */
const enabling: Record<string, unknown> = { enableTableDetection: true };

/** CLOVA stamps each answer (requestId, timestamp, uid): equal answers differ there. */
const VOLATILE = new Set(['requestId', 'timestamp', 'uid']);
function stable(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(stable);
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value)
				.filter(([key]) => !VOLATILE.has(key))
				.map(([key, inner]) => [key, stable(inner)]),
		);
	return value;
}

/** What a run gave and what it sent, without the values that differ on every run. */
async function observe(
	emu: Emulator,
	spec: OperationSpec,
	output: string,
	options: Record<string, unknown>,
) {
	emu.clearLog();
	const run = await runSample(emu, spec, { output, options });
	const sent = emu.log.map((entry) => {
		return {
			endpoint: entry.endpoint,
			contentType: entry.contentType.split(';')[0],
			fileSha256: entry.fileSha256,
			message: stable(entry.json),
		};
	});
	return {
		error: run.error?.message,
		items: run.items.map((item) => ({
			json: stable(item.json),
			binary: Object.keys(item.binary ?? {}),
		})),
		sent,
	};
}

/** Options that change how the items are shaped: checked under every output; the others under the default one. */
const SHAPING = new Set([
	'minConfidence',
	'includeBoundingBoxes',
	'keepBinary',
	'headerRow',
	'markdownConfidences',
]);

const cases = operationSpecs().flatMap((spec) =>
	spec.options.flatMap((option: INodeProperties) =>
		(SHAPING.has(option.name) ? spec.outputs : [spec.defaultOutput]).map((output) => ({
			spec,
			option,
			output,
		})),
	),
);

describe('every option behaves, when not added, as its shown default', () => {
	it('the description has options to check', () => {
		expect(cases.length).toBeGreaterThan(20);
	});

	it.each(
		cases.map(
			(entry) =>
				[
					`${entry.spec.resource} › ${entry.spec.operation} › "${entry.option.displayName}" (${JSON.stringify(entry.option.default)}), output ${entry.output}`,
					entry,
				] as const,
		),
	)('%s', async (_title, { spec, option, output }) => {
		const emu = emulator();
		const offered = new Set(spec.options.map((candidate) => candidate.name));
		const base = Object.fromEntries(
			Object.entries(enabling).filter(([name]) => offered.has(name) && name !== option.name),
		);
		const without = await observe(emu, spec, output, base);
		const withDefault = await observe(emu, spec, output, {
			...base,
			[option.name]: option.default,
		});
		expect(without.error).toBeUndefined();
		expect(withDefault).toEqual(without);
	});
});
