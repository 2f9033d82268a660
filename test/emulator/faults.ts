import type { FaultKind, FaultMatch, FaultRule, Provider } from './types';

/** What a fault rule is matched against. */
export interface FaultTarget {
	provider: Provider;
	endpoint: string;
	path: string;
}

interface ActiveRule {
	rule: FaultRule;
	remaining: number; // Infinity without `times`
	toSkip: number;
}

const API_PROVIDERS: Provider[] = ['nhn', 'clova'];

function matches(rule: FaultRule, target: FaultTarget): boolean {
	const match: FaultMatch = rule.match ?? {};
	const providers = match.provider ?? (rule.kind === 'throttle' ? API_PROVIDERS : undefined);
	if (
		providers !== undefined &&
		!(Array.isArray(providers) ? providers : [providers]).includes(target.provider)
	)
		return false;
	if (match.endpoint !== undefined && match.endpoint !== target.endpoint) return false;
	if (match.path instanceof RegExp) return match.path.test(target.path);
	if (typeof match.path === 'string') return target.path.includes(match.path);
	return true;
}

/** Fault rules in the order they were added; a rule with `times` is used up after firing that often. */
export class FaultBook {
	private rules: ActiveRule[] = [];
	/** Requests in flight, for throttling. */
	private readonly inFlight = new Set<FaultTarget>();

	add(rule: FaultRule): void {
		if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 1)) {
			throw new Error(`fault times must be a positive integer, got ${rule.times}`);
		}
		this.rules.push({ rule, remaining: rule.times ?? Infinity, toSkip: rule.after ?? 0 });
	}

	clear(): void {
		this.rules = [];
	}

	/**
	 * The first live rule of one of these kinds that matches and that `applies` accepts; it is
	 * counted as fired.
	 */
	take<K extends FaultKind>(
		kinds: K[],
		target: FaultTarget,
		applies: (rule: Extract<FaultRule, { kind: K }>) => boolean = () => true,
	): Extract<FaultRule, { kind: K }> | undefined {
		for (const active of this.rules) {
			const rule = active.rule;
			if (
				active.remaining <= 0 ||
				!(kinds as FaultKind[]).includes(rule.kind) ||
				!matches(rule, target)
			)
				continue;
			const typed = rule as Extract<FaultRule, { kind: K }>;
			if (!applies(typed)) continue;
			if (active.toSkip > 0) {
				active.toSkip--;
				continue;
			}
			active.remaining--;
			this.rules = this.rules.filter((r) => r.remaining > 0);
			return typed;
		}
		return undefined;
	}

	/** Called on arrival: the throttle rule that rejects this request, if any; otherwise it is counted in flight. */
	admit(target: FaultTarget): FaultRule | undefined {
		const rejected = this.take(['throttle'], target, (rule) => {
			let count = 1;
			for (const other of this.inFlight) if (matches(rule, other)) count++;
			return count > rule.maxConcurrent;
		});
		if (rejected) return rejected;
		this.inFlight.add(target);
		return undefined;
	}

	release(target: FaultTarget): void {
		this.inFlight.delete(target);
	}
}
