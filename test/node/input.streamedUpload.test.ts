/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { readFileSync } from 'node:fs';
import type { StoredFile } from '../../nodes/core/input/fileSource';
import { multipartForm } from '../../nodes/core/transport/multipart';
import { UploadBody } from '../../nodes/core/transport/upload';
import { receiptKoPng, words } from '../fixtures/catalog';
import { runNode, type BinaryMode } from '../harness';
import { clovaCalls, runClova } from './clovaSetup';
import { nhnCalls, sha256Of } from './nhnSetup';
import { appKeyCredential, fileItem, succeeded, texts, useEmulator } from './setup';

const emulator = useEmulator();
const file = readFileSync(receiptKoPng.path);

/** A stored file that hands out its bytes in small pieces, as a read stream of n8n's binary store does. */
function stored(bytes: Buffer, pieceSize = 1000): StoredFile & { opened: number } {
	const result = {
		size: bytes.length,
		opened: 0,
		read: async () => bytes,
		open: async () => {
			result.opened++;
			const pieces: Buffer[] = [];
			for (let at = 0; at < bytes.length; at += pieceSize)
				pieces.push(bytes.subarray(at, at + pieceSize));
			const { Readable } = await import('node:stream');
			return Readable.from(pieces);
		},
	};
	return result as StoredFile & { opened: number };
}

async function collect(body: UploadBody): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of body) chunks.push(chunk);
	return Buffer.concat(chunks);
}

describe('a multipart body with a stored file', () => {
	const parts = (value: Buffer | StoredFile) => [
		{ field: 'message', value: '{"version":"V2"}' },
		{ field: 'file', value, fileName: 'receipt.png', contentType: 'image/png' },
	];

	it('streams the same bytes the in-memory body has, with exactly their length as its size', async () => {
		const inMemory = multipartForm(parts(file), 'b0undary').encode();
		const streamed = multipartForm(parts(stored(file)), 'b0undary').encode();
		expect(Buffer.isBuffer(inMemory)).toBe(true);
		expect(streamed).toBeInstanceOf(UploadBody);
		const body = streamed as UploadBody;
		expect(body.size).toBe((inMemory as Buffer).length);
		expect((await collect(body)).equals(inMemory as Buffer)).toBe(true);
		// What n8n's HTTP client (axios) sends as a stream with Content-Length = size.
		expect(Object.prototype.toString.call(body)).toBe('[object Blob]');
		expect(body.type).toBe('multipart/form-data; boundary=b0undary');
	});

	it('sends a large file in memory as it is, between head and tail, instead of copying it', async () => {
		const large = Buffer.alloc(300 * 1024, 7);
		const small = multipartForm(parts(file), 'b0undary').encode();
		const body = multipartForm(parts(large), 'b0undary').encode();
		expect(Buffer.isBuffer(small)).toBe(true);
		expect(body).toBeInstanceOf(UploadBody);
		const chunks: Buffer[] = [];
		for await (const chunk of body as UploadBody) chunks.push(chunk);
		expect(chunks).toContain(large);
		const expected = Buffer.concat([
			(small as Buffer).subarray(0, (small as Buffer).indexOf(file)),
			large,
			(small as Buffer).subarray((small as Buffer).indexOf(file) + file.length),
		]);
		expect(Buffer.concat(chunks).equals(expected)).toBe(true);
		expect((body as UploadBody).size).toBe(expected.length);
	});

	it('opens the file again each time it is read, so a retry sends the same bytes', async () => {
		const source = stored(file);
		const form = multipartForm(parts(source));
		const first = await collect(form.encode() as UploadBody);
		const second = await collect(form.encode() as UploadBody);
		expect(source.opened).toBe(2);
		expect(second.equals(first)).toBe(true);
	});

	it('refuses to send a file whose length is not the one its metadata announced', async () => {
		const source = { ...stored(file), size: file.length + 1 };
		await expect(collect(multipartForm(parts(source)).encode() as UploadBody)).rejects.toThrow(
			`The stored file has ${file.length} bytes where its metadata says ${file.length + 1}`,
		);
	});
});

describe.each<BinaryMode>(['default', 'filesystem'])(
	'binary mode %s: the uploaded bytes arrive intact, also on a retried upload',
	(binaryMode) => {
		let streamedReads: jest.SpyInstance;
		beforeEach(() => {
			streamedReads = jest.spyOn(
				UploadBody.prototype as unknown as Record<symbol, () => AsyncGenerator<Buffer>>,
				Symbol.asyncIterator,
			);
		});
		afterEach(() => streamedReads.mockRestore());

		/** Filesystem mode streams each attempt's body from the binary store; default mode sends a Buffer. */
		const expectedStreams = (attempts: number) => (binaryMode === 'filesystem' ? attempts : 0);

		it('NHN General OCR', async () => {
			emulator().inject({ kind: 'serverError', status: 503, retryAfter: 0, times: 1 });
			const run = await runNode({
				parameters: {
					resource: 'nhnGeneralOcr',
					operation: 'recognizeText',
					inputType: 'binary',
				},
				items: [fileItem(receiptKoPng)],
				credentials: [appKeyCredential(emulator())],
				binaryMode,
			});
			expect(texts(succeeded(run))).toEqual(words(receiptKoPng.lines));
			const calls = nhnCalls(emulator());
			expect(calls.map((entry) => entry.fault)).toEqual(['serverError', undefined]);
			// The emulator hashes the upload it answers (the retried one); the faulted one is answered unread.
			expect([calls[1].fileBytes, calls[1].fileSha256]).toEqual([
				file.length,
				sha256Of(receiptKoPng),
			]);
			expect(streamedReads).toHaveBeenCalledTimes(expectedStreams(2));
		});

		it('CLOVA General OCR (multipart)', async () => {
			emulator().inject({ kind: 'serverError', status: 503, retryAfter: 0, times: 1 });
			const run = await runClova(emulator(), 'recognizeText', {}, [fileItem(receiptKoPng)], {
				binaryMode,
			});
			expect(texts(succeeded(run))).toEqual(words(receiptKoPng.lines));
			const calls = clovaCalls(emulator());
			expect(calls.map((entry) => entry.fault)).toEqual(['serverError', undefined]);
			// The emulator hashes the upload it answers (the retried one); the faulted one is answered unread.
			expect([calls[1].fileBytes, calls[1].fileSha256]).toEqual([
				file.length,
				sha256Of(receiptKoPng),
			]);
			expect(streamedReads).toHaveBeenCalledTimes(expectedStreams(2));
		});
	},
);
