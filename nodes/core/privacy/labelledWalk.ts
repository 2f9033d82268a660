import { labelKind, type LabelKind } from './personalLabels';

/** A sibling naming what an object holds (`{ key: "법인등록번호", value: … }`) labels the object's other values. */
const NAMING_KEYS = ['key', 'keyText', 'name', 'label'];

function objectKind(object: Record<string, unknown>, inherited: LabelKind | undefined) {
	for (const key of NAMING_KEYS) {
		const kind = typeof object[key] === 'string' ? labelKind(object[key]) : undefined;
		if (kind) return kind;
	}
	return inherited;
}

/**
 * A copy of `value` with every string (and every labelled number of 12 or more digits) passed through `mask`,
 * however deep, with the label the nearest naming key gives. Walks with its own stack: a deep answer cannot overflow.
 */
export function labelledWalk(
	value: unknown,
	inherited: LabelKind | undefined,
	mask: (leaf: string, kind: LabelKind | undefined) => string,
): unknown {
	const leaf = (child: unknown, kind: LabelKind | undefined): unknown => {
		if (typeof child === 'string') return mask(child, kind);
		// A number only under a label: unlabelled, 13 digits are far more often a timestamp in milliseconds.
		if (typeof child === 'number' && kind && Number.isInteger(child) && Math.abs(child) >= 1e11) {
			const text = String(child);
			const masked = mask(text, kind);
			return masked === text ? child : masked;
		}
		return child;
	};
	if (value === null || typeof value !== 'object') return leaf(value, inherited);
	const root: unknown = Array.isArray(value) ? [] : {};
	const stack: Array<[Record<string, unknown>, Record<string, unknown>, LabelKind | undefined]> = [
		[value as Record<string, unknown>, root as Record<string, unknown>, inherited],
	];
	// Keys repeat (every word of an answer has `inferText`, `boundingPoly`…): each is judged once per walk.
	const keyKinds = new Map<string, LabelKind | undefined>();
	const keyKind = (key: string) => {
		if (!keyKinds.has(key)) keyKinds.set(key, labelKind(key));
		return keyKinds.get(key);
	};
	while (stack.length) {
		const [from, to, parentKind] = stack.pop() as (typeof stack)[number];
		const kind = Array.isArray(from) ? parentKind : objectKind(from, parentKind);
		for (const [key, child] of Object.entries(from)) {
			const childKind = (Array.isArray(from) ? undefined : keyKind(key)) ?? kind;
			if (child !== null && typeof child === 'object') {
				const copy = Array.isArray(child) ? [] : {};
				to[key] = copy;
				stack.push([child as Record<string, unknown>, copy as Record<string, unknown>, childKind]);
			} else {
				to[key] = leaf(child, childKind);
			}
		}
	}
	return root;
}

/** Whether any string in `value`, however deep, passes `test` (read in place, stopping at the first). */
export function someString(value: unknown, test: (text: string) => boolean): boolean {
	const stack: unknown[] = [value];
	while (stack.length) {
		const next = stack.pop();
		if (typeof next === 'string') {
			if (test(next)) return true;
		} else if (next !== null && typeof next === 'object') {
			for (const child of Object.values(next)) stack.push(child);
		}
	}
	return false;
}
