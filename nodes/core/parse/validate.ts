import type { ZodIssue, ZodType, ZodTypeDef } from 'zod';
import { OcrError } from '../errors';

function describeIssue(issue: ZodIssue, root: string): string {
	const path = issue.path.reduce<string>(
		(text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}.${part}`),
		root,
	);
	return `${path}: ${issue.message}`;
}

/** Checks a response against its documented shape; a mismatch names the unexpected part. */
export function validateResponse<T>(
	schema: ZodType<T, ZodTypeDef, unknown>,
	data: unknown,
	what: string,
	root = 'response',
): T {
	const parsed = schema.safeParse(data);
	if (parsed.success) return parsed.data;
	const issues = parsed.error.issues.slice(0, 3).map((issue) => describeIssue(issue, root));
	throw new OcrError(
		'service',
		`The ${what} answer does not have the documented shape`,
		`Unexpected part: ${issues.join('; ')}. The service may have changed its API; choose the 'Raw Response' output to see the full answer.`,
		{ cause: issues.join('; ') },
	);
}
