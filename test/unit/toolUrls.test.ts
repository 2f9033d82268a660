import type { IExecuteFunctions } from 'n8n-workflow';
import { OcrError } from '../../nodes/core/errors';
import { checkToolUrl, modelUrlHopCheck } from '../../nodes/core/input/toolUrl';
import { nhnCreditCardLimits } from '../../nodes/nhn/limits';
import { downloadUrl } from '../../nodes/core/transport/download';
import { startPolicy } from '../../nodes/core/transport/policy';

/** n8n's request helper, answering each request with the next reply and recording the URLs asked for. */
function helper(replies: Array<{ statusCode: number; headers?: Record<string, string> }>) {
	const asked: string[] = [];
	const ctx = {
		helpers: {
			httpRequest: async (options: { url: string }) => {
				asked.push(options.url);
				const reply = replies.shift() ?? { statusCode: 500 };
				return { headers: {}, body: Buffer.alloc(0), ...reply };
			},
		},
	} as unknown as IExecuteFunctions;
	return { ctx, asked };
}

const input = {
	kind: 'url' as const,
	url: 'https://files.example.com/doc.png',
	fileName: 'doc.png',
};

describe("the node's own download in tool mode: every redirect is checked like the URL the model passed", () => {
	it.each([
		'http://127.0.0.1:8080/secret.png',
		'http://169.254.169.254/latest/meta-data/',
		'http://[::1]/x.png',
		'http://intranet/x.png',
		'http://10.1.2.3/x.png',
	])('a redirect to %s is refused before it is requested', async (target) => {
		const { ctx, asked } = helper([{ statusCode: 302, headers: { location: target } }]);
		const download = downloadUrl(
			ctx,
			input,
			nhnCreditCardLimits,
			startPolicy({ maxRetries: 0, timeoutMs: 5000 }),
			modelUrlHopCheck(false),
		);
		await expect(download).rejects.toThrow(OcrError);
		await expect(download).rejects.toThrow(
			/redirected the download to an address this tool does not read/,
		);
		expect(asked).toEqual([input.url]);
	});

	it('with internal addresses allowed, the redirect is followed', async () => {
		const { ctx, asked } = helper([
			{ statusCode: 302, headers: { location: 'http://127.0.0.1:8080/doc.png' } },
			{ statusCode: 404 },
		]);
		await expect(
			downloadUrl(
				ctx,
				input,
				nhnCreditCardLimits,
				startPolicy({ maxRetries: 0, timeoutMs: 5000 }),
				modelUrlHopCheck(true),
			),
		).rejects.toThrow(/HTTP 404/);
		expect(asked).toEqual([input.url, 'http://127.0.0.1:8080/doc.png']);
	});
});

describe('checkToolUrl: what the model passed, before any request', () => {
	it('echoes at most a short start of a long value', () => {
		const long = `http://127.0.0.1/${'a'.repeat(100_000)}`;
		expect(() => checkToolUrl(long)).toThrow(OcrError);
		try {
			checkToolUrl(long);
		} catch (error) {
			expect((error as Error).message.length).toBeLessThan(200);
			expect((error as Error).message).toMatch(
				/^This tool does not read http:\/\/127\.0\.0\.1\/a+…: /,
			);
		}
	});

	it('passes an internal address only when allowed', () => {
		expect(() => checkToolUrl('http://localhost/a.png', true)).not.toThrow();
		expect(() => checkToolUrl('https://example.com/a.png')).not.toThrow();
		expect(() => checkToolUrl('http://localhost/a.png')).toThrow(/name for this machine itself/);
	});
});
