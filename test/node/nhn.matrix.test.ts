import type { INodeExecutionData } from 'n8n-workflow';
import {
	businessNumbers,
	businessRegistrationPng,
	creditCardPng,
	longBannerPng,
	receiptKoPng,
	words,
	type FixtureFile,
} from '../fixtures/catalog';
import { runNode } from '../harness';
import { apiVersionOf, credentialFor, nhnAuthentications, nhnCalls, sha256Of } from './nhnSetup';
import { binaryModes, fileItem, pairedItems, succeeded, texts, useEmulator } from './setup';

/**
 * Every NHN operation × authentication × input type × binary mode, through the engine against the emulator.
 * Each cell checks values from the catalog, the API version its authentication must use and the upload that arrived.
 */
const emulator = useEmulator();

interface FileOperation {
	resource: 'nhnGeneralOcr' | 'nhnDocumentOcr';
	operation: string;
	endpoint: string;
	file: FixtureFile;
	output: 'fields' | 'document';
	check: (items: INodeExecutionData[]) => void;
}

const fileOperations: FileOperation[] = [
	{
		resource: 'nhnGeneralOcr',
		operation: 'recognizeText',
		endpoint: 'general',
		file: receiptKoPng,
		output: 'fields',
		check: (items) => expect(texts(items)).toEqual(words(receiptKoPng.lines)),
	},
	{
		resource: 'nhnGeneralOcr',
		operation: 'recognizeLongImage',
		endpoint: 'general/cropping',
		file: longBannerPng,
		output: 'document',
		check: (items) =>
			expect(items[0].json).toMatchObject({
				slicesImages: longBannerPng.slicesImages,
				lines: longBannerPng.lines.map((line) => line.join(' ')),
			}),
	},
	{
		resource: 'nhnDocumentOcr',
		operation: 'recognizeBusinessRegistration',
		endpoint: 'business',
		file: businessRegistrationPng,
		output: 'document',
		check: (items) =>
			expect(items[0].json).toMatchObject({
				keyValues: { 등록번호: businessRegistrationPng.registrationNumber },
				fields: { registrationNumber: businessRegistrationPng.registrationNumber },
				unitType: 'pixel',
				resolution: 'normal',
				lowResolution: false,
			}),
	},
	{
		resource: 'nhnDocumentOcr',
		operation: 'recognizeCreditCard',
		endpoint: 'credit-card',
		file: creditCardPng,
		output: 'document',
		check: (items) =>
			expect(items[0].json).toMatchObject({
				cardNumber: `************${creditCardPng.cardNumber.slice(-4)}`,
				validThru: creditCardPng.validThru,
				luhnValid: true,
			}),
	},
];

describe.each(binaryModes)('NHN operations, binary mode %s', (binaryMode) => {
	describe.each(nhnAuthentications)('authentication %s', (authentication) => {
		const version = apiVersionOf[authentication];

		describe.each(fileOperations)(
			'$resource › $operation',
			({ resource, operation, endpoint, file, output, check }) => {
				it('binary input: uploads the file and gives its recognized values', async () => {
					const run = await runNode({
						parameters: { resource, operation, authentication, inputType: 'binary', output },
						items: [fileItem(file)],
						credentials: [credentialFor(authentication, emulator())],
						binaryMode,
					});
					const items = succeeded(run);
					check(items);
					expect(
						items.every(
							(item) => (item.json.source as { fileName?: string }).fileName === file.name,
						),
					).toBe(true);
					expect(pairedItems(items).every((index) => index === 0)).toBe(true);
					expect(
						nhnCalls(emulator()).map((entry) => [
							entry.endpoint,
							entry.apiVersion,
							entry.auth,
							entry.fileName,
							entry.fileSha256,
						]),
					).toEqual([[endpoint, version, 'ok', file.name, sha256Of(file)]]);
				});

				it('URL input: the right party fetches the file and the values are the same', async () => {
					const url = emulator().fileUrl(file.name);
					const run = await runNode({
						parameters: {
							resource,
							operation,
							authentication,
							inputType: 'url',
							imageUrl: url,
							output,
						},
						items: [{ json: {} }],
						credentials: [credentialFor(authentication, emulator())],
						binaryMode,
					});
					const items = succeeded(run);
					check(items);
					expect(items[0].json.source).toMatchObject({ url, fileName: file.name });
					const [call] = nhnCalls(emulator());
					expect([call.endpoint, call.apiVersion, call.auth, call.fileSha256]).toEqual([
						endpoint,
						version,
						'ok',
						sha256Of(file),
					]);
					if (resource === 'nhnGeneralOcr') {
						// NHN General downloads the URL itself.
						expect(call.json).toEqual({ imageUrl: url });
					} else {
						// Document OCR takes uploads only: n8n downloaded the file and uploaded it.
						expect(call.contentType).toMatch(/^multipart\/form-data/);
						expect(call.fileName).toBe(file.name);
						const download = emulator().log.findIndex((entry) => entry.provider === 'file');
						expect(download).toBeGreaterThanOrEqual(0);
						expect(download).toBeLessThan(emulator().log.indexOf(call));
					}
				});
			},
		);

		it('nhnDocumentOcr › checkBusinessStatus: sends the number as JSON and gives its status', async () => {
			const number = businessNumbers.byStatus['01'];
			const typed = `${number.slice(0, 3)}-${number.slice(3, 5)}-${number.slice(5)}`;
			const run = await runNode({
				parameters: {
					resource: 'nhnDocumentOcr',
					operation: 'checkBusinessStatus',
					authentication,
					businessNumber: typed,
				},
				credentials: [credentialFor(authentication, emulator())],
				binaryMode,
			});
			const items = succeeded(run);
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				businessNumber: number,
				statusCode: '01',
				status: 'VAT general taxpayers',
				inBusiness: true,
			});
			expect(
				nhnCalls(emulator()).map((entry) => [
					entry.endpoint,
					entry.apiVersion,
					entry.auth,
					entry.json,
				]),
			).toEqual([['business/status', version, 'ok', { businessNumber: number }]]);
		});
	});
});
