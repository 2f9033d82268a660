import { createHash } from 'crypto';
import { CHECK_PART_BYTES } from '../../nodes/core/input/fileChecks';
import { inspectFile } from '../../nodes/core/input/inspectFile';
import type { BinaryStream } from '../../nodes/core/input/fileSource';
import type { FileInput } from '../../nodes/core/input/readInput';
import { encodePdf } from '../fixtures/encode/pdf';
import { encodePng, grownPng } from '../fixtures/encode/png';
import { blankRaster } from '../fixtures/encode/raster';

/** A file "in n8n's binary store": streamed in 16 KB pieces; counts how often it is read whole. */
function stored(bytes: Buffer, fileName: string) {
	const reads = { whole: 0, streamed: 0 };
	const file: FileInput = {
		kind: 'file',
		fileName,
		stored: {
			size: bytes.length,
			open: async () => {
				reads.streamed++;
				async function* pieces() {
					for (let at = 0; at < bytes.length; at += 16 * 1024)
						yield bytes.subarray(at, at + 16 * 1024);
				}
				return Object.assign(pieces(), { destroy: () => undefined }) as unknown as BinaryStream;
			},
			read: async () => {
				reads.whole++;
				return bytes;
			},
		},
	};
	return { file, reads };
}

/** A sound PNG made big by a text chunk of `extra` bytes before its end (IEND stays in its last bytes). */
function bigPng(extra: number): Buffer {
	const png = encodePng(blankRaster(32, 32));
	return grownPng(png, png.length + 12 + extra);
}

describe('inspectFile: a stored file is checked from its first and last bytes, read once', () => {
	it('a big PNG: one stream, never read whole, with its hash from the same read', async () => {
		const bytes = bigPng(3 * 1024 * 1024);
		const { file, reads } = stored(bytes, 'photo.png');
		const { check, sha256 } = await inspectFile(file, { sha256: true, whole: () => false });
		expect(check).toMatchObject({ format: 'png', size: bytes.length, problems: [] });
		expect(sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
		expect(reads).toEqual({ whole: 0, streamed: 1 });
	});

	it('a PDF whose pages must be counted is read whole (its page tree may be anywhere)', async () => {
		const pdf = encodePdf(Array.from({ length: 12 }, () => ({ lines: ['x'.repeat(60)] })));
		const padded = Buffer.concat([
			pdf.subarray(0, 20),
			Buffer.alloc(3 * CHECK_PART_BYTES, 32),
			pdf.subarray(20),
		]);
		const { file, reads } = stored(padded, 'scan.pdf');
		const { check } = await inspectFile(file, { whole: (format) => format === 'pdf' });
		expect(check.format).toBe('pdf');
		expect(reads.whole).toBe(1);
	});

	it('a file no longer than head and tail together is checked whole', async () => {
		const bytes = bigPng(CHECK_PART_BYTES);
		const { file } = stored(bytes, 'photo.png');
		const { check } = await inspectFile(file);
		expect(check).toMatchObject({ format: 'png', size: bytes.length, problems: [] });
	});

	it('a big stored JPG or PNG without a hash to make is checked from its first bytes alone', async () => {
		const bytes = bigPng(3 * 1024 * 1024);
		const { file, reads } = stored(bytes, 'photo.png');
		let piecesRead = 0;
		const open = file.stored!.open;
		file.stored!.open = async () => {
			const stream = await open();
			async function* counted() {
				for await (const piece of stream) {
					piecesRead++;
					yield piece;
				}
			}
			return Object.assign(counted(), { destroy: () => undefined }) as unknown as BinaryStream;
		};
		const { check } = await inspectFile(file, { whole: () => false });
		expect(check).toMatchObject({ format: 'png', size: bytes.length, problems: [] });
		expect(reads).toEqual({ whole: 0, streamed: 1 });
		expect(piecesRead).toBe(CHECK_PART_BYTES / (16 * 1024));
	});

	it('a stored PNG cut off is found from its last bytes when it is read to its end (for its hash)', async () => {
		const bytes = bigPng(400_000);
		const cut = bytes.subarray(0, bytes.length - 12);
		const { file } = stored(cut, 'cut.png');
		const { check } = await inspectFile(file, { sha256: true });
		expect(check.problems.map((problem) => problem.code)).toEqual(['truncated']);
		const headOnly = await inspectFile(stored(cut, 'cut.png').file);
		expect(headOnly.check.problems).toEqual([]);
	});

	it('a big stored PDF is read to its end without a hash (its end and its trailer are checked)', async () => {
		const pdf = encodePdf([{ lines: ['x'] }]);
		const padded = Buffer.concat([
			pdf.subarray(0, 20),
			Buffer.alloc(3 * CHECK_PART_BYTES, 32),
			pdf.subarray(20),
		]);
		const cut = padded.subarray(0, padded.length - 10);
		const { check } = await inspectFile(stored(cut, 'cut.pdf').file);
		expect(check.problems.map((problem) => problem.code)).toEqual(['truncated']);
	});
});
