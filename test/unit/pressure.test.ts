/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { PressureGate } from '../../nodes/core/transport/pressure';
import { renewalMarginMs, tokenIsUsable } from '../../nodes/nhn/tokens';

/** Takes `count` slots; resolves with how many were granted before the queue stopped. */
async function take(gate: PressureGate, count: number): Promise<{ granted: () => number }> {
	let granted = 0;
	for (let i = 0; i < count; i++) void gate.acquire().then(() => granted++);
	await new Promise((resolve) => setImmediate(resolve));
	return { granted: () => granted };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('pressure gate (AIMD per execution)', () => {
	it('lets Items in Parallel requests through, and queues the rest', async () => {
		const gate = new PressureGate(4);
		const slots = await take(gate, 6);
		expect(slots.granted()).toBe(4);
		gate.release('succeeded');
		await flush();
		expect(slots.granted()).toBe(5);
	});

	it('halves the limit on a throttle answer, never below one, and creeps back by one per round of successes', async () => {
		const gate = new PressureGate(8);
		await take(gate, 8);
		gate.release('throttled');
		expect(gate.limit).toBe(4);
		gate.release('throttled');
		expect(gate.limit).toBe(2);
		gate.release('throttled');
		gate.release('throttled');
		gate.release('throttled');
		expect(gate.limit).toBe(1);
		for (let i = 0; i < 3; i++) gate.release('failed');
		// One success at limit 1 completes a round: 2. Two more: 3.
		for (const expected of [2, 2, 3]) {
			await gate.acquire();
			gate.release('succeeded');
			expect(gate.limit).toBe(expected);
		}
		// Failures that are not throttling neither lower nor raise it.
		await gate.acquire();
		gate.release('failed');
		expect(gate.limit).toBe(3);
	});

	it('never rises above Items in Parallel', async () => {
		const gate = new PressureGate(2);
		for (let i = 0; i < 10; i++) {
			await gate.acquire();
			gate.release('succeeded');
		}
		expect(gate.limit).toBe(2);
	});

	it('without Items in Parallel, a throttle halves what is actually in flight', async () => {
		const gate = new PressureGate(Infinity);
		await take(gate, 6);
		gate.release('throttled');
		expect(gate.limit).toBe(3);
	});

	it('a lowered limit holds queued requests back until enough have finished', async () => {
		const gate = new PressureGate(4);
		const slots = await take(gate, 6);
		gate.release('throttled'); // 3 in flight, limit 2: nobody may start
		await flush();
		expect(slots.granted()).toBe(4);
		gate.release('failed'); // 2 in flight
		await flush();
		expect(slots.granted()).toBe(4);
		gate.release('failed'); // 1 in flight: one queued request starts
		await flush();
		expect(slots.granted()).toBe(5);
	});
});

describe('token renewal margin', () => {
	it('is a tenth of the lifetime, at most a minute; a minute when the lifetime is unknown', () => {
		expect(renewalMarginMs({ accessTokenLifetime: '60' })).toBe(6000);
		expect(renewalMarginMs({ accessTokenLifetime: '86400' })).toBe(60_000);
		expect(renewalMarginMs({ accessTokenLifetime: 300 })).toBe(30_000);
		expect(renewalMarginMs({})).toBe(60_000);
	});

	it('a 60 s token is usable for its first 54 s', () => {
		const issued = Date.parse('2026-12-01T10:00:00Z');
		const token = {
			accessToken: 'token',
			accessTokenLifetime: '60',
			accessTokenExpiresAt: new Date(issued + 60_000).toISOString(),
		};
		expect(tokenIsUsable(token, issued + 53_999)).toBe(true);
		expect(tokenIsUsable(token, issued + 54_000)).toBe(false);
		expect(tokenIsUsable({ ...token, accessToken: '' }, issued)).toBe(false);
	});
});
