import type { FileFormat } from './fileFormat';

/**
 * A file's bytes, whole or as its first and last parts (a big stored file is not read whole for a check): reads at
 * positions of the whole file, and says when a position is in the part that was not read.
 */
export class ByteView {
	readonly size: number;
	readonly whole: boolean;

	readonly tail: Buffer;
	/** Whether the file's last bytes were read (a big stored image may be checked from its first bytes alone). */
	readonly endRead: boolean;

	/** `tail` only for a file longer than `head` (its full size then in `size`). */
	constructor(
		readonly head: Buffer,
		tail?: Buffer,
		size?: number,
	) {
		this.size = Math.max(size ?? head.length + (tail?.length ?? 0), head.length);
		this.tail = tail && this.size > head.length ? tail : Buffer.alloc(0);
		this.whole = head.length + this.tail.length >= this.size;
		this.endRead = this.whole || this.tail.length > 0;
	}

	/** `length` bytes at `offset`, or undefined when (some of) them were not read or lie past the end. */
	at(offset: number, length: number): Buffer | undefined {
		if (offset < 0 || length < 0 || offset + length > this.size) return undefined;
		if (offset + length <= this.head.length) return this.head.subarray(offset, offset + length);
		const tailStart = this.size - this.tail.length;
		if (offset >= tailStart)
			return this.tail.subarray(offset - tailStart, offset - tailStart + length);
		return undefined;
	}

	/** The last `length` bytes (fewer when the file is shorter). */
	end(length: number): Buffer {
		const source = this.tail.length ? this.tail : this.head;
		return source.subarray(Math.max(0, source.length - length));
	}

	/** The bytes read, as text (latin1: one character per byte), head and tail apart. */
	texts(): string[] {
		if (!this.tail.length) return [this.head.toString('latin1')];
		if (this.whole) {
			const overlap = this.head.length + this.tail.length - this.size;
			return [this.head.toString('latin1') + this.tail.subarray(overlap).toString('latin1')];
		}
		return [this.head.toString('latin1'), this.tail.toString('latin1')];
	}
}

export interface TiffWalk {
	pages?: number;
	/** An image directory or an image's data lies past the file's end. */
	truncated: boolean;
}

const TIFF_TYPE_SIZES: Record<number, number> = { 3: 2, 4: 4, 16: 8 };

/** The largest end (offset + byte count) of a directory's strips or tiles, when both lists can be read. */
function tiffDataEnd(view: ByteView, entries: Buffer, little: boolean): number | undefined {
	const read = (bytes: Buffer, at: number, size: number) =>
		size === 2
			? little
				? bytes.readUInt16LE(at)
				: bytes.readUInt16BE(at)
			: little
				? bytes.readUInt32LE(at)
				: bytes.readUInt32BE(at);
	const values = (tag: number): number[] | undefined => {
		for (let at = 0; at + 12 <= entries.length; at += 12) {
			if (read(entries, at, 2) !== tag) continue;
			const size = TIFF_TYPE_SIZES[read(entries, at + 2, 2)];
			const count = read(entries, at + 4, 4);
			if (!size || size === 8 || count > 1_000_000) return undefined;
			const bytes =
				size * count <= 4
					? entries.subarray(at + 8, at + 12)
					: view.at(read(entries, at + 8, 4), size * count);
			if (!bytes) return undefined;
			return Array.from({ length: count }, (_, index) => read(bytes, index * size, size));
		}
		return undefined;
	};
	let end: number | undefined;
	for (const [offsetsTag, countsTag] of [
		[273, 279],
		[324, 325],
	]) {
		const offsets = values(offsetsTag);
		const counts = values(countsTag);
		if (!offsets || !counts || offsets.length !== counts.length) continue;
		offsets.forEach((offset, index) => {
			end = Math.max(end ?? 0, offset + counts[index]);
		});
	}
	return end;
}

/** TIFF: the images in the directory chain; a directory or image data past the end means the file was cut off. */
export function walkTiff(view: ByteView): TiffWalk {
	const header = view.at(0, 8);
	if (!header) return { truncated: view.size < 8 };
	const little = header[0] === 0x49;
	const u16 = (bytes: Buffer, at: number) =>
		little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at);
	const u32 = (bytes: Buffer, at: number) =>
		little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at);
	const seen = new Set<number>();
	let offset = u32(header, 4);
	while (offset !== 0) {
		if (seen.has(offset) || seen.size > 10_000) return { truncated: false };
		if (offset + 2 > view.size) return { truncated: true };
		const countBytes = view.at(offset, 2);
		if (!countBytes) return { truncated: false };
		const entries = view.at(offset + 2, u16(countBytes, 0) * 12);
		const next = view.at(offset + 2 + u16(countBytes, 0) * 12, 4);
		if (offset + 6 + u16(countBytes, 0) * 12 > view.size) return { truncated: true };
		if (!entries || !next) return { truncated: false };
		seen.add(offset);
		const dataEnd = tiffDataEnd(view, entries, little);
		if (dataEnd !== undefined && dataEnd > view.size) return { truncated: true };
		offset = u32(next, 0);
	}
	return { pages: seen.size || undefined, truncated: false };
}

/** The `obj … endobj` blocks written in the clear (objects inside compressed object streams are not). */
function objectBlocks(text: string): string[] {
	return [...text.matchAll(/\d+\s+\d+\s+obj\b([\s\S]*?)\bendobj\b/g)].map((match) => match[1]);
}

function rootCount(texts: string[]): number | undefined {
	let count: number | undefined;
	for (const text of texts) {
		for (const block of objectBlocks(text)) {
			if (!/\/Type\s*\/Pages\b/.test(block) || /\/Parent\s+\d+\s+\d+\s+R/.test(block)) continue;
			const found = /\/Count\s+(\d+)/.exec(block);
			// The last root wins: an incremental update writes the page tree anew after the old one.
			if (found) count = Number(found[1]);
		}
	}
	return count;
}

/**
 * PDF pages, best evidence first: the `/Count` of the page tree's root (the latest one, after incremental updates);
 * the page count a linearized file states at its start (`/N`); else the most of the page objects written in the
 * clear and the largest `/Count` of any page-tree node. Undefined when none of them is readable (the page tree
 * inside compressed object streams, and no linearization).
 */
function pdfPages(texts: string[]): number | undefined {
	const root = rootCount(texts);
	if (root !== undefined) return root;
	const linearized = /<<\s*\/Linearized\b[^>]*?\/N\s+(\d+)/.exec(texts[0].slice(0, 4096));
	if (linearized) return Number(linearized[1]);
	let pages = 0;
	let counts = 0;
	for (const text of texts) {
		pages += text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
		for (const match of text.matchAll(
			/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g,
		))
			counts = Math.max(counts, Number(match[1] ?? match[2]));
	}
	return Math.max(pages, counts) || undefined;
}

/** Pages of a PDF or TIFF (1 for images) from the bytes read of it; undefined when the file does not say. */
export function pageCountOf(view: ByteView, format: FileFormat): number | undefined {
	if (format === 'pdf') return pdfPages(view.texts());
	if (format === 'tiff') return walkTiff(view).pages;
	return 1;
}

/** Pages of a PDF or TIFF (1 for images); undefined when the file does not say. */
export function pageCount(bytes: Buffer, format: FileFormat): number | undefined {
	return pageCountOf(new ByteView(bytes), format);
}
