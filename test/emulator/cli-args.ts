import type { EmulatorOptions, FaultRule } from './types';

export const USAGE = `Usage: npm run emulator -- [options]

  --port N                 listen on N (default: a free port in 10000-12000)
  --host H                 listen on H (default 127.0.0.1)
  --latency-ms N           delay every OCR and token answer by N ms
  --throttle C             answer "limit exceeded" above C concurrent OCR requests
  --fault KIND[:TIMES]     serverError | connectionReset | malformedJson | html502 | tokenExpiry | imageFailure | stall
                           (repeatable; without TIMES for the whole run)
  --token-ttl S            expires_in of issued tokens (default 86400)
  --expires-in-as-string   answer expires_in as a string
  --download-timeout-ms N  image-URL download limit (default 20000)
  --combine-result-array   CLOVA Template combineResult as an array
  --quiet                  do not print one line per request
  --help`;

const SIMPLE_FAULTS = [
	'serverError',
	'connectionReset',
	'malformedJson',
	'html502',
	'tokenExpiry',
	'imageFailure',
	'stall',
] as const;

export interface CliConfig {
	options: EmulatorOptions;
	quiet: boolean;
	help: boolean;
}

function integer(flag: string, value: string | undefined, min: number): number {
	const n = Number(value);
	if (value === undefined || !Number.isInteger(n) || n < min)
		throw new Error(`${flag} needs an integer >= ${min}`);
	return n;
}

export function parseCliArgs(argv: string[]): CliConfig {
	const options: EmulatorOptions = {};
	const faults: FaultRule[] = [];
	let quiet = false;
	let help = false;
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		const next = () => argv[++i];
		switch (flag) {
			case '--port':
				options.port = integer(flag, next(), 0);
				break;
			case '--host':
				options.host = next();
				if (!options.host) throw new Error('--host needs a value');
				break;
			case '--latency-ms':
				faults.push({
					kind: 'latency',
					ms: integer(flag, next(), 0),
					match: { provider: ['nhn', 'clova', 'token'] },
				});
				break;
			case '--throttle':
				faults.push({ kind: 'throttle', maxConcurrent: integer(flag, next(), 0) });
				break;
			case '--fault': {
				const [kind, times] = (next() ?? '').split(':');
				if (!(SIMPLE_FAULTS as readonly string[]).includes(kind))
					throw new Error(`--fault: unknown kind "${kind}"`);
				const rule = { kind, match: { provider: ['nhn', 'clova', 'token'] } } as FaultRule;
				if (times !== undefined) rule.times = integer('--fault TIMES', times, 1);
				faults.push(rule);
				break;
			}
			case '--token-ttl':
				options.tokenTtlSeconds = integer(flag, next(), 1);
				break;
			case '--expires-in-as-string':
				options.expiresInAsString = true;
				break;
			case '--download-timeout-ms':
				options.downloadTimeoutMs = integer(flag, next(), 1);
				break;
			case '--combine-result-array':
				options.combineResultAsArray = true;
				break;
			case '--quiet':
				quiet = true;
				break;
			case '--help':
			case '-h':
				help = true;
				break;
			default:
				throw new Error(`unknown option ${flag}`);
		}
	}
	if (faults.length > 0) options.faults = faults;
	return { options, quiet, help };
}
