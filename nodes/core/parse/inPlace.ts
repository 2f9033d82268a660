import { z, type RefinementCtx, type ZodType } from 'zod';

/**
 * A check of one value: the first thing wrong with it, as a path below the value and a message, or undefined.
 * Written as plain loops for the parts of an answer that repeat thousands of times (words, table cells).
 */
export type Check = (
	value: unknown,
) => { path: Array<string | number>; message: string } | undefined;

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const typeName = (value: unknown) =>
	value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** `key` is absent or of the type `is` accepts. */
export function optional(
	key: string,
	expected: string,
	is: (value: unknown) => boolean,
): (object: Record<string, unknown>) => ReturnType<Check> {
	return (object) =>
		object[key] === undefined || is(object[key])
			? undefined
			: { path: [key], message: `Expected ${expected}, received ${typeName(object[key])}` };
}

export const isString = (value: unknown) => typeof value === 'string';
export const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
export const isBoolean = (value: unknown) => typeof value === 'boolean';

/** `key` is present (zod's "Required"). */
export const required =
	(key: string) =>
	(object: Record<string, unknown>): ReturnType<Check> =>
		object[key] === undefined ? { path: [key], message: 'Required' } : undefined;

/** `key` is present and of the type `is` accepts. */
export function requiredOf(
	key: string,
	expected: string,
	is: (value: unknown) => boolean,
): (object: Record<string, unknown>) => ReturnType<Check> {
	const present = required(key);
	const typed = optional(key, expected, is);
	return (object) => present(object) ?? typed(object);
}

/** An object whose listed keys pass their checks; other keys are left alone. */
export function objectCheck(
	checks: Array<(object: Record<string, unknown>) => ReturnType<Check>>,
): Check {
	return (value) => {
		if (!isObject(value))
			return { path: [], message: `Expected object, received ${typeName(value)}` };
		for (const check of checks) {
			const problem = check(value);
			if (problem) return problem;
		}
		return undefined;
	};
}

/** `key` is absent or an array whose every element passes `check`. */
export function optionalArray(
	key: string,
	check: Check,
): (object: Record<string, unknown>) => ReturnType<Check> {
	return optionalObject(key, arrayCheck(check));
}

/** `key` is absent or an object passing `check`. */
export function optionalObject(
	key: string,
	check: Check,
): (object: Record<string, unknown>) => ReturnType<Check> {
	return (object) => {
		const value = object[key];
		if (value === undefined) return undefined;
		const problem = check(value);
		return problem && { path: [key, ...problem.path], message: problem.message };
	};
}

export function arrayCheck(check: Check): Check {
	return (value) => {
		if (!Array.isArray(value))
			return { path: [], message: `Expected array, received ${typeName(value)}` };
		for (let index = 0; index < value.length; index++) {
			const problem = check(value[index]);
			if (problem) return { path: [index, ...problem.path], message: problem.message };
		}
		return undefined;
	};
}

/**
 * A zod schema that checks a value with `check` and gives back the value itself. Zod's object schemas build a copy
 * of every object they check; for an answer with 100,000 words that copy costs more than everything else the node
 * does with it. The type says what `check` guarantees.
 */
export function inPlace<T>(check: Check): ZodType<T> {
	return z.custom<T>().superRefine((value: unknown, ctx: RefinementCtx) => {
		const problem = check(value);
		if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
	}) as unknown as ZodType<T>;
}
