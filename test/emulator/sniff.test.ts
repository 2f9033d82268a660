import {
	businessRegistrationLowJpg,
	businessRegistrationPdf,
	notAnImageTxt,
	receiptKoPng,
	scanTiff,
	threePagesPdf,
} from '../fixtures/catalog';
import { fileBytes } from './helpers';
import { sniff } from './files/sniff';

describe('file type from the bytes', () => {
	test('the sample files', () => {
		expect(sniff(fileBytes(receiptKoPng.path))).toEqual({
			kind: 'png',
			valid: true,
			pages: [{ width: 480, height: 720 }],
		});
		expect(sniff(fileBytes(businessRegistrationLowJpg.path))).toEqual({
			kind: 'jpeg',
			valid: true,
			pages: [{ width: 640, height: 905 }],
		});
		expect(sniff(fileBytes(threePagesPdf.path))).toMatchObject({
			kind: 'pdf',
			valid: true,
			encrypted: false,
		});
		expect(sniff(fileBytes(threePagesPdf.path)).pages).toEqual(
			new Array(3).fill({ width: 1224, height: 1584 }),
		);
		expect(sniff(fileBytes(businessRegistrationPdf.path)).pages).toEqual([
			{ width: 1190, height: 1684 },
		]);
		expect(sniff(fileBytes(scanTiff.path))).toEqual({
			kind: 'tiff',
			valid: true,
			pages: [
				{ width: 300, height: 400 },
				{ width: 300, height: 400 },
			],
		});
		expect(sniff(fileBytes(notAnImageTxt.path))).toEqual({
			kind: 'unknown',
			valid: false,
			pages: [],
		});
	});

	test('broken files keep their kind but are not valid', () => {
		const png = fileBytes(receiptKoPng.path);
		const flipped = Buffer.from(png);
		flipped[40] ^= 0xff; // inside IDAT: its CRC no longer matches
		expect(sniff(flipped)).toMatchObject({ kind: 'png', valid: false });
		expect(sniff(png.subarray(0, png.length - 12))).toMatchObject({ kind: 'png', valid: false }); // no IEND
		const jpg = fileBytes(businessRegistrationLowJpg.path);
		expect(sniff(jpg.subarray(0, 100))).toMatchObject({ kind: 'jpeg', valid: false });
		expect(sniff(Buffer.from('%PDF-1.4\nno pages here\n%%EOF\n'))).toMatchObject({
			kind: 'pdf',
			valid: false,
		});
		expect(sniff(Buffer.from([0x49, 0x49, 0x2a, 0, 0xff, 0xff, 0, 0]))).toMatchObject({
			kind: 'tiff',
			valid: false,
		});
	});
});
