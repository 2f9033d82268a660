import { receiptKoPng } from '../fixtures/catalog';
import { runNode } from '../harness';
import { answeringServer, successEnvelope } from './nhnSetup';
import { startLoopbackServer } from '../shared/loopback-server';
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

// Every output shape at this size, without engine or HTTP: test/unit/largeAnswers.test.ts. Here the one shape that
// gives the engine an item per word.
describe(`an answer with ${WORDS.toLocaleString('en-US')} recognised words`, () => {
	const lines = Array.from({ length: WORDS / 10 }, (_, line) => ({
		inferTexts: Array.from({ length: 10 }, (_, word) => ({
			value: `w${line}_${word}`,
			conf: ((line + word) % 100) / 100,
		})),
	}));

	it('passes through the fields output, one item per word, without a stack overflow', async () => {
		const server = await answeringServer(
			successEnvelope({ fileType: 'png', listOfInferTexts: lines }),
		);
		try {
			const items = succeeded(await run(server.url, 'fields'));
			expect(items).toHaveLength(WORDS);
			expect(items[WORDS - 1].json.text).toBe(`w${WORDS / 10 - 1}_9`);
		} finally {
			await server.close();
		}
	});
});

describe('an HTTP 5xx whose body is the JSON value null', () => {
	it('is an answer the node cannot read, not a crash', async () => {
		const server = await startLoopbackServer({ status: 503, body: 'null' });
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
