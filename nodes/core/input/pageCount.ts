import type { FileFormat } from './fileFormat';

/** TIFF: the number of images in the IFD chain; undefined when the structure does not hold together. */
function tiffPages(bytes: Buffer): number | undefined {
	if (bytes.length < 8) return undefined;
	const little = bytes[0] === 0x49;
	const u16 = (at: number) => (little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
	const u32 = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
	const seen = new Set<number>();
	let offset = u32(4);
	while (offset !== 0) {
		if (seen.has(offset) || offset + 2 > bytes.length || seen.size > 10_000) return undefined;
		seen.add(offset);
		const next = offset + 2 + u16(offset) * 12;
		if (next + 4 > bytes.length) return undefined;
		offset = u32(next);
	}
	return seen.size || undefined;
}

/**
 * PDF: the page objects (`/Type /Page`, not `/Pages`) written in the clear, else the largest `/Count` of a page
 * tree. Undefined when neither is readable (e.g. pages inside compressed object streams).
 */
function pdfPages(bytes: Buffer): number | undefined {
	const text = bytes.toString('latin1');
	const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
	if (pages > 0) return pages;
	const counts = [
		...text.matchAll(
			/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g,
		),
	].map((match) => Number(match[1] ?? match[2]));
	return counts.length ? Math.max(...counts) : undefined;
}

/** Pages of a PDF or TIFF (1 for images); undefined when the file does not say. */
export function pageCount(bytes: Buffer, format: FileFormat): number | undefined {
	if (format === 'pdf') return pdfPages(bytes);
	if (format === 'tiff') return tiffPages(bytes);
	return 1;
}
