/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import {
	businessNumberChecksumOk,
	businessNumbers,
	businessRegistrationLowJpg,
	businessRegistrationPdf,
	businessRegistrationPng,
	businessStatusMessages,
	creditCardPng,
	luhnOk,
	notAnImageTxt,
	receiptKoPng,
	scanTiff,
	threePagesPdf,
} from '../fixtures/catalog';
import { useEmulator } from './fixture';
import {
	blankRaster,
	encodePng,
	expectNhnError,
	fileBytes,
	imageForm,
	nhnV10,
	nhnV11,
} from './helpers';
import { sha256 } from './request-log';

describe('NHN Document OCR', () => {
	const emu = useEmulator();

	const upload = (fixture: { path: string; name: string }) =>
		imageForm(fileBytes(fixture.path), fixture.name);

	describe('/business', () => {
		test('business-registration.png: pixel units, normal resolution, Korean labels, a checksum-valid 등록번호', async () => {
			const answer = await nhnV11(emu, 'business', upload(businessRegistrationPng));
			const result = answer.json.result;
			expect(result).toMatchObject({ fileType: 'png', unitType: 'pixel', resolution: 'normal' });
			expect(result.keyValues.map((kv: any) => ({ key: kv.key, value: kv.value }))).toEqual(
				businessRegistrationPng.keyValues,
			);
			expect(result.boxes).toHaveLength(result.keyValues.length);
			const number = result.keyValues.find((kv: any) => kv.key === '등록번호').value;
			expect(number).toMatch(/^\d{3}-\d{2}-\d{5}$/);
			expect(businessNumberChecksumOk(number.replace(/-/g, ''))).toBe(true);
			expect(result.keyValues.some((kv: any) => kv.value !== kv.value.trim())).toBe(true);
		});

		test('business-registration-low.jpg: resolution low', async () => {
			const result = (await nhnV10(emu, 'business', upload(businessRegistrationLowJpg))).json
				.result;
			expect(result).toMatchObject({ fileType: 'jpg', unitType: 'pixel', resolution: 'low' });
		});

		test('business-registration.pdf: point units', async () => {
			const result = (await nhnV10(emu, 'business', upload(businessRegistrationPdf))).json.result;
			expect(result).toMatchObject({ fileType: 'pdf', unitType: 'point', resolution: 'normal' });
			expect(result.keyValues.find((kv: any) => kv.key === '등록번호').value).toBe(
				businessRegistrationPdf.registrationNumber,
			);
		});

		test('an unknown PNG reports its bytes and SHA-256 as keyValues', async () => {
			const png = encodePng(blankRaster(300, 200));
			const result = (await nhnV10(emu, 'business', imageForm(png))).json.result;
			expect(result.keyValues).toEqual([
				{ key: 'bytes', value: String(png.length), conf: 1 },
				{ key: 'sha256', value: sha256(png), conf: 1 },
			]);
			expect(result.resolution).toBe('low');
		});

		test('a TIFF: 4000003', async () => {
			expectNhnError(
				await nhnV10(emu, 'business', upload(scanTiff)),
				4000003,
				'Invalid file type.',
			);
		});

		test('a PDF with an /Encrypt dictionary: 4000103', async () => {
			const pdf = Buffer.from(
				fileBytes(threePagesPdf.path)
					.toString('latin1')
					.replace('/Root 1 0 R', '/Root 1 0 R /Encrypt 9 0 R'),
				'latin1',
			);
			expectNhnError(
				await nhnV10(emu, 'business', imageForm(pdf, 'locked.pdf')),
				4000103,
				'PDF file is password protected.',
			);
		});

		test('JSON instead of multipart: 415', async () => {
			expectNhnError(
				await nhnV10(
					emu,
					'business',
					JSON.stringify({ imageUrl: emu.fileUrl(businessRegistrationPng.name) }),
				),
				415,
				'Unsupported Media Type',
			);
		});
	});

	describe('/business/status', () => {
		const status = (body: unknown, version: 'v1.0' | 'v1.1' = 'v1.0') =>
			version === 'v1.0'
				? nhnV10(emu, 'business/status', JSON.stringify(body))
				: nhnV11(emu, 'business/status', JSON.stringify(body));

		test.each(Object.entries(businessNumbers.byStatus))(
			'status %s for %s',
			async (code, number) => {
				const answer = await status({ businessNumber: number }, 'v1.1');
				expect(answer.json).toEqual({
					header: { isSuccessful: true, resultCode: 0, resultMessage: 'SUCCESS' },
					result: {
						statusCode: code,
						statusMessage: businessStatusMessages[code as keyof typeof businessStatusMessages],
					},
				});
			},
		);

		test('a checksum-valid number not in the table: 4000102', async () => {
			expectNhnError(
				await status({ businessNumber: businessNumbers.unknownValid }),
				4000102,
				'Business number that does not exist.',
			);
		});

		test('a number failing the check digit: 4000101', async () => {
			expectNhnError(
				await status({ businessNumber: businessNumbers.checksumInvalid }),
				4000101,
				'Invalid business registration format.',
			);
		});

		test.each([
			['9 digits', '214860137'],
			['with dashes', '214-86-01373'],
			['letters', '21486O1373'],
		])('%s: 4000101', async (_, number) => {
			expectNhnError(
				await status({ businessNumber: number }),
				4000101,
				'Invalid business registration format.',
			);
		});

		test('businessNumber missing: 4000001', async () => {
			expectNhnError(
				await status({ number: businessNumbers.byStatus['01'] }),
				4000001,
				'Invalid parameter.',
			);
		});

		test('businessNumber as a JSON number: 4000001', async () => {
			expectNhnError(
				await status({ businessNumber: Number(businessNumbers.byStatus['01']) }),
				4000001,
				'Invalid parameter.',
			);
		});

		test("the doc curl's form Content-Type with a JSON body: 415", async () => {
			const answer = await nhnV10(
				emu,
				'business/status',
				JSON.stringify({ businessNumber: businessNumbers.byStatus['01'] }),
				{
					'Content-Type': 'application/x-www-form-urlencoded',
				},
			);
			expectNhnError(answer, 415, 'Unsupported Media Type');
		});
	});

	describe('/credit-card', () => {
		test('credit-card.png: four groups, a Luhn-valid totalCardNum, validThru', async () => {
			const result = (await nhnV11(emu, 'credit-card', upload(creditCardPng))).json.result;
			expect(result.cardNums.map((c: any) => c.value)).toEqual(creditCardPng.cardNumGroups);
			expect(result.totalCardNum).toBe(creditCardPng.cardNumber);
			expect(luhnOk(result.totalCardNum)).toBe(true);
			expect(result.cardNumBoxes).toHaveLength(4);
			expect(result.validThru).toEqual({
				value: creditCardPng.validThru,
				conf: expect.any(Number),
			});
			expect(Object.keys(result.validThruBox)).toHaveLength(8);
			expect(result).toMatchObject({ fileType: 'png', resolution: 'normal' });
		});

		test('a picture without a card: 4000111', async () => {
			expectNhnError(
				await nhnV10(emu, 'credit-card', upload(receiptKoPng)),
				4000111,
				'Credit card info not found.',
			);
		});

		test('a PDF: 4000003', async () => {
			expectNhnError(
				await nhnV10(emu, 'credit-card', upload(businessRegistrationPdf)),
				4000003,
				'Invalid file type.',
			);
		});

		test('a text file: 4000003', async () => {
			expectNhnError(
				await nhnV10(emu, 'credit-card', upload(notAnImageTxt)),
				4000003,
				'Invalid file type.',
			);
		});
	});
});
