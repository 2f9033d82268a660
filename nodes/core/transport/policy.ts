/** How one item's work is sent: how often a call may be retried and when all of it must be over. */
export interface RequestPolicy {
	maxRetries: number;
	timeoutMs: number;
	/** Milliseconds since the epoch after which the item fails as timed out. */
	deadline: number;
}

/** Started when an item's work starts: the Timeout counts from here, downloads, token renewals and retries included. */
export function startPolicy(request: { maxRetries: number; timeoutMs: number }): RequestPolicy {
	return { ...request, deadline: Date.now() + request.timeoutMs };
}
