import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeError, NodeOperationError } from 'n8n-workflow';
import { OcrError } from './index';

/**
 * The one place an item's failure becomes n8n's error: every text in it goes through `clean` (secrets, card and
 * resident registration numbers out), whoever wrote it — the node, a provider, a gateway or n8n's own helpers.
 */
export function toNodeError(
	node: INode,
	itemIndex: number,
	caught: unknown,
	clean: (text: string) => string,
): NodeError {
	if (caught instanceof OcrError) {
		const { details } = caught;
		const message = clean(caught.message);
		const description = clean(caught.description);
		if (caught.kind === 'input')
			return withContext(new NodeOperationError(node, message, { itemIndex, description }), caught);
		const error = new NodeApiError(
			node,
			// Not `code`: NodeApiError would read it as the HTTP status.
			{
				message: clean(details.cause ?? caught.message),
				...(details.providerCode ? { providerCode: details.providerCode } : {}),
			} as JsonObject,
			{ itemIndex, message, description, httpCode: details.httpCode },
		);
		if (details.providerCode) error.context.providerCode = details.providerCode;
		return withContext(error, caught);
	}
	if (caught instanceof NodeError) {
		caught.message = clean(caught.message);
		if (caught.description) caught.description = clean(caught.description);
		caught.context.itemIndex ??= itemIndex;
		return caught;
	}
	const error = caught instanceof Error ? caught : new Error(String(caught));
	return new NodeOperationError(node, clean(error.message), { itemIndex });
}

function withContext<E extends NodeError>(error: E, from: OcrError): E {
	if (from.attempts) error.context.attempts = from.attempts;
	return error;
}
