import { detectFormat, formatFromBytes } from '../../nodes/core/input/fileFormat';
import { normaliseInvokeUrl } from '../../nodes/clova/calls';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const pdf = Buffer.from('%PDF-1.4\n');

describe('file format', () => {
	it('reads the format from the first bytes', () => {
		expect(formatFromBytes(png)).toBe('png');
		expect(formatFromBytes(pdf)).toBe('pdf');
		expect(formatFromBytes(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
		expect(formatFromBytes(Buffer.from('II*\u0000', 'latin1'))).toBe('tiff');
		expect(formatFromBytes(Buffer.from('MM\u0000*', 'latin1'))).toBe('tiff');
		expect(formatFromBytes(Buffer.from('hello'))).toBeUndefined();
	});

	it('trusts the MIME type first, then the extension, then the bytes', () => {
		expect(detectFormat({ mimeType: 'image/jpeg', fileName: 'scan.png', bytes: pdf })).toBe('jpg');
		expect(
			detectFormat({ mimeType: 'application/octet-stream', fileName: 'scan.TIF', bytes: pdf }),
		).toBe('tiff');
		expect(
			detectFormat({ mimeType: 'application/octet-stream', fileName: 'scan', bytes: pdf }),
		).toBe('pdf');
		expect(detectFormat({ fileName: 'notes.txt', bytes: Buffer.from('hello') })).toBeUndefined();
	});
});

describe('CLOVA invoke URL', () => {
	const base = 'https://abc123.apigw.ntruss.com/custom/v1/12345/0123456789abcdef';

	it.each([
		base,
		`${base}/`,
		`${base}/general`,
		`${base}/infer/`,
		`${base}/General`,
		` ${base}//`,
		`${base}?x=1`,
	])('normalises %s to the domain base URL', (input) => {
		expect(normaliseInvokeUrl(input)).toEqual({ url: base });
	});

	it('keeps other hosts (government and financial gateways)', () => {
		expect(normaliseInvokeUrl('https://gw.apigw.gov-ntruss.com/custom/v1/1/k/general').url).toBe(
			'https://gw.apigw.gov-ntruss.com/custom/v1/1/k',
		);
	});

	it('rejects plain http except on loopback, and text that is not a URL', () => {
		expect(normaliseInvokeUrl('http://abc.apigw.ntruss.com/custom/v1/1/k').problem).toMatch(
			/https/,
		);
		expect(normaliseInvokeUrl('http://127.0.0.1:10500/custom/v1/1/k/general').url).toBe(
			'http://127.0.0.1:10500/custom/v1/1/k',
		);
		expect(normaliseInvokeUrl('abc').problem).toMatch(/not a URL/);
	});
});
