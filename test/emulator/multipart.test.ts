import { boundaryOf, parseMultipart } from './http/multipart';

const body = (text: string) => Buffer.from(text.replace(/\n/g, '\r\n'), 'latin1');

describe('multipart parser', () => {
	test('boundary: plain, quoted, absent, not multipart', () => {
		expect(boundaryOf('multipart/form-data; boundary=abc')).toBe('abc');
		expect(boundaryOf('multipart/form-data; charset=utf-8; boundary="a b"')).toBe('a b');
		expect(boundaryOf('multipart/form-data')).toBeUndefined();
		expect(boundaryOf('application/json; boundary=abc')).toBeUndefined();
	});

	test('parts with names, filenames and bytes; Java-style "Content-Disposition:form-data;" without spaces', () => {
		const parsed = parseMultipart(
			body(
				'--b\nContent-Disposition:form-data; name="message"\n\n{"a":1}\n--b\nContent-Disposition: form-data; name="file"; filename="x.png"\nContent-Type: image/png\n\nBYTES\n--b--\n',
			),
			'b',
		);
		expect(parsed).toEqual({
			ok: true,
			parts: [
				{
					name: 'message',
					filename: undefined,
					contentType: undefined,
					data: Buffer.from('{"a":1}'),
				},
				{ name: 'file', filename: 'x.png', contentType: 'image/png', data: Buffer.from('BYTES') },
			],
		});
	});

	test('refuses: no closing boundary, no Content-Disposition, no name, wrong disposition, missing boundary', () => {
		expect(parseMultipart(body('--b\nContent-Disposition: form-data; name="a"\n\nx'), 'b').ok).toBe(
			false,
		);
		expect(parseMultipart(body('--b\nContent-Type: text/plain\n\nx\n--b--'), 'b').ok).toBe(false);
		expect(parseMultipart(body('--b\nContent-Disposition: form-data\n\nx\n--b--'), 'b').ok).toBe(
			false,
		);
		expect(
			parseMultipart(body('--b\nContent-Disposition: attachment; name="a"\n\nx\n--b--'), 'b').ok,
		).toBe(false);
		expect(
			parseMultipart(body('--c\nContent-Disposition: form-data; name="a"\n\nx\n--c--'), 'b').ok,
		).toBe(false);
	});
});
