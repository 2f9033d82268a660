/** Smallest and largest of any number of values, by a loop: `Math.min(...values)` overflows the call stack on big answers. */
export function minOf(values: readonly number[]): number | undefined {
	let min: number | undefined;
	for (const value of values) if (min === undefined || value < min) min = value;
	return min;
}

export function maxOf(values: readonly number[]): number | undefined {
	let max: number | undefined;
	for (const value of values) if (max === undefined || value > max) max = value;
	return max;
}
