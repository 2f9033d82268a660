/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
/** `npm run emulator -- --latency-ms 200 --throttle 2 --port 10500`: runs the emulator until Ctrl-C. */
import { USAGE, parseCliArgs } from './cli-args';
import { startEmulator } from './index';
import type { Emulator, RequestLogEntry } from './types';

function describe(emu: Emulator): string {
	const { nhn, clova } = emu;
	const domain = (name: string, d: Emulator['clova']['general']) =>
		`  ${name.padEnd(16)} ${d.invokeUrl}  X-OCR-SECRET: ${d.secretKey}  tables: ${d.tableExtraction ? 'on' : 'off'}` +
		(d.document ? `  serves /document/${d.document}` : '') +
		(d.templates.length
			? `  templates: ${d.templates.map((t) => `${t.id} ${t.name}${t.released ? '' : ' (not released)'}`).join(', ')}`
			: '');
	return [
		`OCR emulator listening on ${emu.url}`,
		'',
		'NHN Cloud OCR',
		`  API base URL      ${nhn.baseUrl}   (e.g. POST /v1.1/appkeys/${nhn.appKey}/general, …/document-ai)`,
		`  token URL         ${nhn.tokenUrl}`,
		`  appKey            ${nhn.appKey}`,
		`  secretKey (v1.0)  ${nhn.secretKey}`,
		`  User Access Key   ${nhn.userAccessKeyId}`,
		`  Secret Access Key ${nhn.secretAccessKey}`,
		'',
		'CLOVA OCR (append /general or /infer; Document domains /document/<model>)',
		domain('general', clova.general),
		domain('generalNoTables', clova.generalNoTables),
		domain('template', clova.template),
		domain('receipt', clova.receipt),
		domain('bizLicense', clova.bizLicense),
		'',
		`Sample files: ${emu.url}/files/<name>   (slow: /slow/<ms>/<name>)`,
		'Ctrl-C stops.',
	].join('\n');
}

function line(entry: RequestLogEntry): string {
	const outcome =
		entry.resultCode !== undefined
			? ` resultCode=${entry.resultCode}`
			: entry.code
				? ` code=${entry.code}`
				: '';
	const fault = entry.fault ? ` fault=${entry.fault}` : '';
	return `#${entry.seq} ${entry.method} ${entry.path} -> ${entry.status}${outcome}${fault}`;
}

async function main(): Promise<void> {
	let config;
	try {
		config = parseCliArgs(process.argv.slice(2));
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${USAGE}`);
		process.exit(2);
	}
	if (config.help) {
		console.log(USAGE);
		return;
	}
	const emu = await startEmulator({
		...config.options,
		onRequestDone: config.quiet ? undefined : (entry) => console.log(line(entry)),
	});
	console.log(describe(emu));
	const stop = () => {
		console.log('\nstopping');
		emu.close().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

void main();
