import { FieldWriter } from '../../fixtures/build/clova';
import { boundingPoly, layoutLine } from '../../fixtures/build/layout';
import type { ClovaFixturePage } from '../fixture-store';
import { sha256 } from '../request-log';
import type { PageSize } from './results';

/** Pages for a file without a fixture: recognized text `bytes=N`, `sha256=HEX` (and `page=i` for PDF/TIFF). */
export function genericGeneralPages(
	bytes: Buffer,
	pages: PageSize[],
	document: boolean,
): ClovaFixturePage[] {
	return pages.map((_, pageIndex) => {
		const writer = new FieldWriter();
		const lines = [[`bytes=${bytes.length}`], [`sha256=${sha256(bytes)}`]];
		if (document) lines.push([`page=${pageIndex}`]);
		writer.lines(lines, 10, 10, 20, 30);
		return { fields: writer.fields as unknown as Record<string, unknown>[] };
	});
}

/** Template fields named bytes and sha256 (and page), as if the template had found them. */
export function genericTemplatePages(
	bytes: Buffer,
	pages: PageSize[],
	document: boolean,
	templateName: string,
): ClovaFixturePage[] {
	return pages.map((_, pageIndex) => {
		const values: Array<[string, string, string]> = [
			['bytes', 'NUMERIC', String(bytes.length)],
			['sha256', 'ALL', sha256(bytes)],
		];
		if (document) values.push(['page', 'NUMERIC', String(pageIndex)]);
		const fields = values.map(([name, valueType, inferText], row) => ({
			name,
			valueType,
			boundingPoly: boundingPoly(layoutLine([inferText], 10, 60 + row * 30, 20)[0]),
			inferText,
			inferConfidence: 1,
			type: 'NORMAL',
		}));
		const title = {
			name: 'title',
			boundingPoly: boundingPoly(layoutLine([templateName], 10, 10, 30)[0]),
			inferText: templateName,
			inferConfidence: 1,
		};
		return { title, fields };
	});
}
