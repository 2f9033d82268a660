import { receiptKoPng } from '../fixtures/catalog';
import { runNode } from '../harness';
import { answeringServer, successEnvelope } from './nhnSetup';
import { startRecordingServer } from './securitySetup';
import { appKeyCredential, failed, fileItem, succeeded, useEmulator } from './setup';

const emulator = useEmulator();
const WORDS = 300_000;

function run(baseUrl: string, output: string) {
	return runNode({
		parameters: {
			resource: 'nhnGeneralOcr',
			operation: 'recognizeText',
			inputType: 'binary',
			output,
		},
		items: [fileItem(receiptKoPng)],
		credentials: [appKeyCredential(emulator(), { baseUrl })],
	});
}

describe(`an answer with ${WORDS.toLocaleString('en-US')} recognised words`, () => {
	const lines = Array.from({ length: WORDS / 10 }, (_, line) => ({
		inferTexts: Array.from({ length: 10 }, (_, word) => ({
			value: `w${line}_${word}`,
			conf: ((line + word) % 100) / 100,
		})),
	}));

	it.each(['fields', 'document', 'raw'])(
		'passes through the %s output without a stack overflow',
		async (output) => {
			const server = await answeringServer(
				successEnvelope({ fileType: 'png', listOfInferTexts: lines }),
			);
			try {
				const items = succeeded(await run(server.url, output));
				if (output === 'fields') {
					expect(items).toHaveLength(WORDS);
					expect(items[WORDS - 1].json.text).toBe(`w${WORDS / 10 - 1}_9`);
				} else {
					expect(items).toHaveLength(1);
				}
				if (output === 'document') {
					expect(items[0].json.confidence).toMatchObject({ minimum: 0, maximum: 0.99 });
					expect((items[0].json.lines as string[]).length).toBe(WORDS / 10);
				}
			} finally {
				await server.close();
			}
		},
	);
});

describe('an HTTP 5xx whose body is the JSON value null', () => {
	it('is an answer the node cannot read, not a crash', async () => {
		const server = await startRecordingServer(() => ({
			status: 503,
			headers: { 'content-type': 'application/json' },
			body: 'null',
		}));
		try {
			const error = failed(await run(server.url, 'fields'));
			expect(error.message).toMatch(
				/^NHN Cloud OCR sent an answer the node cannot read \(HTTP 503/,
			);
			expect(error.message).not.toMatch(/Cannot read propert/);
		} finally {
			await server.close();
		}
	});
});
