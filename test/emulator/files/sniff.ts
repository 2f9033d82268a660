/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { crc32 } from 'node:zlib';

export type FileKind = 'png' | 'jpeg' | 'pdf' | 'tiff' | 'unknown';

export interface PageSize {
	width: number;
	height: number;
}

/** What the bytes are, judged from the bytes alone. */
export interface Sniffed {
	kind: FileKind;
	/** The signature says `kind`, and the structure holds together. */
	valid: boolean;
	/** One entry per page (a single entry for PNG/JPEG); empty when unknown or invalid. */
	pages: PageSize[];
	/** PDF with an /Encrypt dictionary. */
	encrypted?: boolean;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function sniffPng(bytes: Buffer): Sniffed {
	const invalid: Sniffed = { kind: 'png', valid: false, pages: [] };
	let at = 8;
	let size: PageSize | undefined;
	while (at + 12 <= bytes.length) {
		const length = bytes.readUInt32BE(at);
		const type = bytes.toString('latin1', at + 4, at + 8);
		if (at + 12 + length > bytes.length) return invalid;
		const crc = bytes.readUInt32BE(at + 8 + length);
		if (crc32(bytes.subarray(at + 4, at + 8 + length)) >>> 0 !== crc) return invalid;
		if (at === 8) {
			if (type !== 'IHDR' || length !== 13) return invalid;
			size = { width: bytes.readUInt32BE(at + 8), height: bytes.readUInt32BE(at + 12) };
			if (size.width === 0 || size.height === 0) return invalid;
		}
		if (type === 'IEND') return size ? { kind: 'png', valid: true, pages: [size] } : invalid;
		at += 12 + length;
	}
	return invalid;
}

function sniffJpeg(bytes: Buffer): Sniffed {
	const invalid: Sniffed = { kind: 'jpeg', valid: false, pages: [] };
	let at = 2;
	let size: PageSize | undefined;
	while (at + 4 <= bytes.length) {
		if (bytes[at] !== 0xff) return invalid;
		const marker = bytes[at + 1];
		if (marker === 0xff) {
			at++; // fill byte
			continue;
		}
		const length = bytes.readUInt16BE(at + 2);
		if (length < 2 || at + 2 + length > bytes.length) return invalid;
		const isSof =
			marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
		if (isSof) size = { width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5) };
		if (marker === 0xda) {
			const eoi = bytes.lastIndexOf(Buffer.from([0xff, 0xd9]));
			const ok = size !== undefined && size.width > 0 && size.height > 0 && eoi > at;
			return ok ? { kind: 'jpeg', valid: true, pages: [size!] } : invalid;
		}
		at += 2 + length;
	}
	return invalid;
}

function sniffPdf(bytes: Buffer): Sniffed {
	const text = bytes.toString('latin1');
	const pageCount = (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
	const eof = text.lastIndexOf('%%EOF');
	if (pageCount === 0 || eof < 0 || eof < text.length - 1024)
		return { kind: 'pdf', valid: false, pages: [] };
	const box = /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/.exec(text);
	// CLOVA renders PDF pages to images; 144 dpi (2 px per point) gives its example's 1224x1584 for Letter.
	const size: PageSize = box
		? {
				width: Math.round((Number(box[3]) - Number(box[1])) * 2),
				height: Math.round((Number(box[4]) - Number(box[2])) * 2),
			}
		: { width: 1224, height: 1584 };
	return {
		kind: 'pdf',
		valid: true,
		pages: new Array<PageSize>(pageCount).fill(size),
		encrypted: /\/Encrypt\b/.test(text),
	};
}

function sniffTiff(bytes: Buffer): Sniffed {
	const invalid: Sniffed = { kind: 'tiff', valid: false, pages: [] };
	const little = bytes[0] === 0x49;
	const u16 = (at: number) => (little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
	const u32 = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
	if (bytes.length < 8) return invalid;
	const pages: PageSize[] = [];
	const seen = new Set<number>();
	let ifd = u32(4);
	while (ifd !== 0) {
		if (seen.has(ifd) || ifd + 2 > bytes.length || seen.size > 1000) return invalid;
		seen.add(ifd);
		const count = u16(ifd);
		if (ifd + 2 + count * 12 + 4 > bytes.length) return invalid;
		let width = 0;
		let height = 0;
		for (let i = 0; i < count; i++) {
			const entry = ifd + 2 + i * 12;
			const tag = u16(entry);
			const value = u16(entry + 2) === 3 ? u16(entry + 8) : u32(entry + 8);
			if (tag === 256) width = value;
			if (tag === 257) height = value;
		}
		if (width === 0 || height === 0) return invalid;
		pages.push({ width, height });
		ifd = u32(ifd + 2 + count * 12);
	}
	return pages.length > 0 ? { kind: 'tiff', valid: true, pages } : invalid;
}

export function sniff(bytes: Buffer): Sniffed {
	if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return sniffPng(bytes);
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
		return sniffJpeg(bytes);
	if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return sniffPdf(bytes);
	const head = bytes.subarray(0, 4).toString('latin1');
	if (head === 'II*\0' || head === 'MM\0*') return sniffTiff(bytes);
	return { kind: 'unknown', valid: false, pages: [] };
}
