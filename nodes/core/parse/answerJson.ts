/**
 * The JSON object or array in a language model's answer: a fenced code block (```json … ``` or ``` … ```), the whole
 * answer, or the first balanced {…} or […] in the text that parses. Scalars do not count: a sentence holding "42"
 * is not a JSON answer.
 */
const MAX_TRIES = 100;

export function jsonFromAnswer(answer: string): { found: true; value: unknown } | { found: false } {
	const candidates: string[] = [];
	for (const match of answer.matchAll(/```[ \t]*([A-Za-z0-9_-]*)[^\S\n]*\n?([\s\S]*?)```/g))
		candidates.push(match[2]);
	candidates.push(answer);
	for (const candidate of candidates) {
		const value = parseStructured(candidate.trim());
		if (value !== undefined) return { found: true, value };
	}
	// Bounded, so that a long answer full of brackets cannot keep the node busy.
	let tries = 0;
	for (let start = 0; start < answer.length && tries < MAX_TRIES; start++) {
		if (answer[start] !== '{' && answer[start] !== '[') continue;
		tries++;
		const end = balancedEnd(answer, start);
		if (end === undefined) continue;
		const value = parseStructured(answer.slice(start, end + 1));
		if (value !== undefined) return { found: true, value };
	}
	return { found: false };
}

function parseStructured(text: string): unknown {
	if (!text.startsWith('{') && !text.startsWith('[')) return undefined;
	try {
		const value: unknown = JSON.parse(text);
		return typeof value === 'object' && value !== null ? value : undefined;
	} catch {
		return undefined;
	}
}

/** Index of the bracket that closes the one at `start`, skipping brackets inside strings. */
function balancedEnd(text: string, start: number): number | undefined {
	const closing: string[] = [];
	let inString = false;
	for (let index = start; index < text.length; index++) {
		const char = text[index];
		if (inString) {
			if (char === '\\') index++;
			else if (char === '"') inString = false;
			continue;
		}
		if (char === '"') inString = true;
		else if (char === '{') closing.push('}');
		else if (char === '[') closing.push(']');
		else if (char === '}' || char === ']') {
			if (closing.pop() !== char) return undefined;
			if (closing.length === 0) return index;
		}
	}
	return undefined;
}
