import { parseCliArgs } from './cli-args';

describe('emulator CLI flags', () => {
	test('port, latency, throttle and faults', () => {
		const config = parseCliArgs([
			'--latency-ms',
			'200',
			'--throttle',
			'2',
			'--port',
			'10500',
			'--fault',
			'serverError:3',
			'--fault',
			'html502',
		]);
		expect(config.options.port).toBe(10500);
		expect(config.options.faults).toEqual([
			{ kind: 'latency', ms: 200, match: { provider: ['nhn', 'clova', 'token'] } },
			{ kind: 'throttle', maxConcurrent: 2 },
			{ kind: 'serverError', times: 3, match: { provider: ['nhn', 'clova', 'token'] } },
			{ kind: 'html502', match: { provider: ['nhn', 'clova', 'token'] } },
		]);
	});

	test('token and download options, quiet, help', () => {
		const config = parseCliArgs([
			'--token-ttl',
			'60',
			'--expires-in-as-string',
			'--download-timeout-ms',
			'500',
			'--quiet',
			'--combine-result-array',
		]);
		expect(config.options).toEqual({
			tokenTtlSeconds: 60,
			expiresInAsString: true,
			downloadTimeoutMs: 500,
			combineResultAsArray: true,
		});
		expect(config.quiet).toBe(true);
		expect(parseCliArgs(['--help']).help).toBe(true);
	});

	test.each([
		['--port'],
		['--port', 'x'],
		['--latency-ms', '-1'],
		['--fault', 'nope'],
		['--bogus'],
	])('%s is refused', (...argv) => {
		expect(() => parseCliArgs(argv)).toThrow();
	});
});
