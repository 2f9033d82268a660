import type { IExecuteFunctions } from 'n8n-workflow';

/** How an attempt ended, for the gate: a throttle answer lowers the pressure, a success lets it rise again. */
export type AttemptResult = 'succeeded' | 'throttled' | 'failed';

/**
 * The requests one node execution may have in flight: at most the node's Items in Parallel, halved whenever the
 * provider throttles (never below one), and one more after each round of that many successes (AIMD), so a
 * throttled batch slows down together instead of every item hammering the provider on its own.
 */
export class PressureGate {
	private inFlight = 0;
	private successes = 0;
	private readonly waiting: Array<() => void> = [];

	constructor(
		readonly max: number,
		private current = max,
	) {}

	get limit(): number {
		return this.current;
	}

	async acquire(): Promise<void> {
		if (this.inFlight < this.current) {
			this.inFlight++;
			return;
		}
		await new Promise<void>((resolve) => this.waiting.push(resolve));
	}

	release(result: AttemptResult): void {
		if (result === 'throttled') {
			this.current = Math.max(1, Math.floor(Math.min(this.current, this.inFlight) / 2));
			this.successes = 0;
		} else if (result === 'succeeded' && this.current < this.max) {
			if (++this.successes >= this.current) {
				this.current++;
				this.successes = 0;
			}
		}
		this.inFlight--;
		while (this.inFlight < this.current && this.waiting.length > 0) {
			this.inFlight++;
			this.waiting.shift()!();
		}
	}
}

const gates = new WeakMap<IExecuteFunctions, PressureGate>();

/**
 * One gate per node execution: every item of the run shares it. The item loop opens it with Items in Parallel;
 * a request sent outside the loop gets a gate that only acts once the provider throttles.
 */
export function pressureGate(ctx: IExecuteFunctions, max = Infinity): PressureGate {
	let gate = gates.get(ctx);
	if (!gate) {
		gate = new PressureGate(max);
		gates.set(ctx, gate);
	}
	return gate;
}
