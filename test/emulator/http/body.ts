/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import type { IncomingMessage } from 'node:http';

export interface ReadBody {
	bytes: Buffer;
	/** Bytes received, including any beyond the cap. */
	total: number;
	/** More than `cap` bytes arrived; `bytes` holds only the first `cap`. */
	overCap: boolean;
}

/** Reads the whole body (so the client can finish sending), keeping at most `cap` bytes. */
export function readBody(req: IncomingMessage, cap: number): Promise<ReadBody> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let kept = 0;
		let total = 0;
		req.on('data', (chunk: Buffer) => {
			total += chunk.length;
			if (kept < cap) {
				const take = chunk.subarray(0, cap - kept);
				chunks.push(take);
				kept += take.length;
			}
		});
		req.on('end', () => resolve({ bytes: Buffer.concat(chunks), total, overCap: total > cap }));
		req.on('error', reject);
	});
}

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaType(contentType: string | undefined): string {
	return (contentType ?? '').split(';')[0].trim().toLowerCase();
}
