import type { IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import type { ZodIssue, ZodType, ZodTypeDef } from 'zod';

function describeIssue(issue: ZodIssue, root: string): string {
	const path = issue.path.reduce<string>(
		(text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}.${part}`),
		root,
	);
	return `${path}: ${issue.message}`;
}

/** Checks a response against its documented shape; a mismatch names the unexpected part. */
export function validateResponse<T>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	schema: ZodType<T, ZodTypeDef, unknown>,
	data: unknown,
	what: string,
	root = 'response',
): T {
	const parsed = schema.safeParse(data);
	if (parsed.success) return parsed.data;
	const issues = parsed.error.issues.slice(0, 3).map((issue) => describeIssue(issue, root));
	throw new NodeApiError(ctx.getNode(), { message: issues.join('; ') } as JsonObject, {
		itemIndex,
		message: `The ${what} answer does not have the documented shape`,
		description: `Unexpected part: ${issues.join('; ')}. The service may have changed its API; choose the "Raw" output to see the full answer.`,
	});
}
