import { sizeMismatch, type StoredFile } from '../input/fileSource';

type Opened = Awaited<ReturnType<StoredFile['open']>>;

/**
 * A request body sent piece by piece — a file streamed from n8n's binary store between its multipart head and tail —
 * with its exact length known up front. n8n's HTTP client (axios) sends a Blob as a stream with the Blob's size as
 * Content-Length; since the node may not import `stream`, this is a Blob by shape: size, type and its bytes as an
 * async iterator. Each attempt builds a new one, so a retry opens the file again and sends the same bytes.
 */
export class UploadBody {
	readonly size: number;

	private readonly opened: Opened[] = [];

	private closed = false;

	constructor(
		private readonly pieces: Array<Buffer | StoredFile>,
		readonly type: string,
	) {
		this.size = pieces.reduce(
			(sum, piece) => sum + (Buffer.isBuffer(piece) ? piece.length : piece.size),
			0,
		);
	}

	get [Symbol.toStringTag](): string {
		return 'Blob';
	}

	async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
		for (const piece of this.pieces) {
			if (Buffer.isBuffer(piece)) {
				yield piece;
				continue;
			}
			const stream = await piece.open();
			this.opened.push(stream);
			if (this.closed) stream.destroy();
			let sent = 0;
			for await (const chunk of stream) {
				sent += (chunk as Buffer).length;
				yield chunk as Buffer;
			}
			// The Content-Length was announced from the store's metadata: a file that changed would corrupt the body.
			if (sent !== piece.size) throw new Error(sizeMismatch(sent, piece.size));
		}
	}

	/** Stops sending: closes the file it is reading (an attempt that timed out). */
	destroy(): void {
		this.closed = true;
		for (const stream of this.opened) stream.destroy();
	}
}
