import type { IDataObject, INodeExecutionData, NodeError } from 'n8n-workflow';

// As an AI Agent's tool a failure is the tool's answer, not a thrown error. n8n 2.41 hands a model only the message
// of a thrown error with AI Agent 3.x (`[{"error":"<message>"}]`, the description with the fix dropped) and an
// empty text with 2.x (LangChain's agent loop swallows it); an item the tool returns reaches both verbatim.

const NO_FIX =
	'Try the call again once; if it fails again, tell the user this tool failed and why, and do not guess the document.';

/**
 * What the model reads for a failed call: `error`, what went wrong, and `fix`, what to pass or do instead (the
 * error's description: every error of the node says what to do about it). Both texts were cleaned of secrets and
 * personal data where the error was made (core/errors/toNodeError.ts).
 */
export function toolFailure(error: NodeError): IDataObject {
	const fix = error.description?.trim();
	return { error: error.message, fix: fix || NO_FIX };
}

/** The failure as the tool's output item for input item `itemIndex`. */
export function toolFailureItem(error: NodeError, itemIndex: number): INodeExecutionData {
	return { json: toolFailure(error), pairedItem: { item: itemIndex } };
}
