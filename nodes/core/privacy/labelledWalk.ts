import { labelKind, type LabelKind } from './personalLabels';

/** A sibling naming what an object holds (`{ key: "법인등록번호", value: … }`) labels the object's other values. */
const NAMING_KEYS = ['key', 'keyText', 'name', 'label'];

type Container = Record<string, unknown>;
type Leaf = (child: unknown, kind: LabelKind | undefined) => unknown;

function objectKind(object: Container, inherited: LabelKind | undefined) {
	for (const key of NAMING_KEYS) {
		const kind = typeof object[key] === 'string' ? labelKind(object[key]) : undefined;
		if (kind) return kind;
	}
	return inherited;
}

/** What `visit` answers: stop the walk, or what the entry's object or array is to be given as `target`. */
type Visited<T> = { stop: true } | { target: T };

/**
 * Calls `visit` for every entry of every object and array under `root`, however deep, with the label the nearest
 * naming key gives and the `target` given for its container, until `visit` says stop (then true). Walks with its
 * own stack: a deep answer cannot overflow.
 */
function eachEntry<T>(
	root: Container,
	rootTarget: T,
	inherited: LabelKind | undefined,
	visit: (key: string, child: unknown, kind: LabelKind | undefined, target: T) => Visited<T>,
): boolean {
	const stack: Array<[Container, T, LabelKind | undefined]> = [[root, rootTarget, inherited]];
	// Keys repeat (every word of an answer has `inferText`, `boundingPoly`…): each is judged once per walk.
	const keyKinds = new Map<string, LabelKind | null>();
	const keyKind = (key: string) => {
		let kind = keyKinds.get(key);
		if (kind === undefined) keyKinds.set(key, (kind = labelKind(key) ?? null));
		return kind ?? undefined;
	};
	while (stack.length) {
		const [from, target, parentKind] = stack.pop() as (typeof stack)[number];
		const isArray = Array.isArray(from);
		const kind = isArray ? parentKind : objectKind(from, parentKind);
		for (const key of Object.keys(from)) {
			const child = from[key];
			const childKind = (isArray ? undefined : keyKind(key)) ?? kind;
			const visited = visit(key, child, childKind, target);
			if ('stop' in visited) return true;
			if (child !== null && typeof child === 'object')
				stack.push([child as Container, visited.target, childKind]);
		}
	}
	return false;
}

const isContainer = (value: unknown): value is Container =>
	value !== null && typeof value === 'object';

/**
 * `value` with every string (and every labelled number of 12 or more digits) passed through `mask`, however deep,
 * with the label the nearest naming key gives: a copy where `mask` changed something, else `value` itself (most
 * answers hold nothing to mask, and copying every word of every answer is what an item would pay for).
 */
export function labelledWalk(
	value: unknown,
	inherited: LabelKind | undefined,
	mask: (leaf: string, kind: LabelKind | undefined) => string,
): unknown {
	const leaf: Leaf = (child, kind) => {
		if (typeof child === 'string') return mask(child, kind);
		// A number only under a label: unlabelled, 13 digits are far more often a timestamp in milliseconds.
		if (typeof child === 'number' && kind && Number.isInteger(child) && Math.abs(child) >= 1e11) {
			const text = String(child);
			const masked = mask(text, kind);
			return masked === text ? child : masked;
		}
		return child;
	};
	if (!isContainer(value)) return leaf(value, inherited);
	const goOn = { target: undefined };
	const changesSomething = eachEntry(value, undefined, inherited, (_, child, kind) =>
		!isContainer(child) && leaf(child, kind) !== child ? { stop: true } : goOn,
	);
	if (!changesSomething) return value;
	const copyOf = (from: Container): Container => (Array.isArray(from) ? [] : {}) as Container;
	const root = copyOf(value);
	eachEntry(value, root, inherited, (key, child, kind, to) => {
		if (!isContainer(child)) {
			to[key] = leaf(child, kind);
			return { target: to };
		}
		const copy = copyOf(child);
		to[key] = copy;
		return { target: copy };
	});
	return root;
}

/** Whether any string in `value`, however deep, passes `test` (read in place, stopping at the first). */
export function someString(value: unknown, test: (text: string) => boolean): boolean {
	if (typeof value === 'string') return test(value);
	if (!isContainer(value)) return false;
	const stack: Container[] = [value];
	while (stack.length) {
		const next = stack.pop() as Container;
		const children = Array.isArray(next) ? (next as unknown[]) : Object.values(next);
		for (const child of children) {
			if (typeof child === 'string') {
				if (test(child)) return true;
			} else if (isContainer(child)) stack.push(child);
		}
	}
	return false;
}
