/**
 * The README's demo: starts the emulator on loopback and runs NHN General OCR › Recognize Text on the sample files
 * through the real n8n engine (n8n-core's WorkflowExecute), printing the items a user would see in the editor.
 */
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { startEmulator, type Emulator } from '../emulator';
import { receiptKoJpg, receiptKoPng } from '../fixtures/catalog';
import { closeHarness, runNode, type HarnessCredential } from '../harness';
import { showReceiptRows } from './receiptRows';

function heading(text: string) {
	console.log(`\n\x1b[1m${text}\x1b[0m`);
}

function printFields(items: INodeExecutionData[]) {
	console.table(
		items.map(({ json }) => ({
			text: json.text,
			confidence: json.confidence,
			line: json.line,
			file: (json.source as { fileName?: string }).fileName,
		})),
	);
}

async function run(
	emulator: Emulator,
	title: string,
	parameters: INodeParameters,
	files = [receiptKoPng, receiptKoJpg],
) {
	const credentials: HarnessCredential[] = [
		{
			type: 'nhnCloudOcrApi',
			data: {
				appKey: emulator.nhn.appKey,
				secretKey: emulator.nhn.secretKey,
				baseUrl: emulator.nhn.baseUrl,
			},
		},
	];
	const result = await runNode({
		parameters: {
			resource: 'nhnGeneralOcr',
			operation: 'recognizeText',
			authentication: 'appKeySecretKey',
			...parameters,
		},
		items: files.map((file) => ({ files: [{ path: file.path, mimeType: file.mimeType }] })),
		credentials,
	});
	heading(title);
	if (result.error) throw result.error;
	return result.items;
}

async function main() {
	const emulator = await startEmulator();
	console.log(`Emulator of NHN Cloud OCR and CLOVA OCR listening on ${emulator.url}`);
	try {
		printFields(
			await run(emulator, 'Recognize Text — binary input, output "One Item per Field" (default)', {
				inputType: 'binary',
			}),
		);

		const documents = await run(
			emulator,
			'Recognize Text — binary input, output "One Item per Document"',
			{ inputType: 'binary', output: 'document' },
		);
		for (const { json } of documents)
			console.log(
				JSON.stringify(
					{
						text: json.text,
						pageCount: json.pageCount,
						confidence: json.confidence,
						source: json.source,
					},
					null,
					2,
				),
			);

		const fromUrl = await run(
			emulator,
			'Recognize Text — image URL input, output "One Item per Document"',
			{ inputType: 'url', imageUrl: emulator.fileUrl(receiptKoPng.name), output: 'document' },
			[receiptKoPng],
		);
		for (const { json } of fromUrl)
			console.log(JSON.stringify({ text: json.text, source: json.source }, null, 2));

		await showReceiptRows(emulator);

		heading('What the emulator received');
		console.table(
			emulator.log.map((entry) => ({
				method: entry.method,
				path: entry.path,
				bytes: entry.fileBytes,
				status: entry.status,
				resultCode: entry.resultCode,
			})),
		);
	} finally {
		await emulator.close();
		await closeHarness();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
