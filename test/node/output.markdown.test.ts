// The Markdown output and the markdown field of "One Item per Document", through the engine, for each provider.
import {
	businessNumbers,
	businessRegistrationPng,
	creditCardPng,
	documentAiAnswers,
	documentAiPrompts,
	invoiceTableMarkdown,
	invoiceTablePng,
	receiptKoPng,
	receiptMartPng,
	threePagesPdf,
	type FixtureFile,
} from '../fixtures/catalog';
import { runNode } from '../harness';
import { runClova } from './clovaSetup';
import { appKeyCredential, failed, fileItem, succeeded, useEmulator } from './setup';

const emulator = useEmulator();

function nhn(
	resource: string,
	operation: string,
	parameters: Record<string, unknown>,
	file: FixtureFile = receiptKoPng,
) {
	return runNode({
		parameters: { resource, operation, authentication: 'appKeySecretKey', ...parameters },
		items: [fileItem(file)],
		credentials: [appKeyCredential(emulator())],
	});
}

const source = (
	file: { name: string; mimeType: string },
	resource: string,
	operation: string,
	page?: number,
) => ({
	fileName: file.name,
	mimeType: file.mimeType,
	resource,
	operation,
	...(page === undefined ? {} : { page }),
});

describe('Markdown output', () => {
	it('CLOVA General, a table with merged header cells: one header row, the table between the lines around it', async () => {
		const tables = { enableTableDetection: true };
		const items = succeeded(
			await runClova(emulator(), 'recognizeText', { output: 'markdown', options: tables }, [
				fileItem(invoiceTablePng),
			]),
		);
		expect(items.map((item) => item.json)).toEqual([
			{
				markdown: invoiceTableMarkdown,
				pageCount: 1,
				source: source(invoiceTablePng, 'clovaOcr', 'recognizeText', 0),
			},
		]);
		expect(items[0].pairedItem).toEqual({ item: 0 });

		// One Item per Document carries the same Markdown.
		const [document] = succeeded(
			await runClova(emulator(), 'recognizeText', { output: 'document', options: tables }, [
				fileItem(invoiceTablePng),
			]),
		);
		expect(document.json.markdown).toBe(invoiceTableMarkdown);
	});

	it('NHN General, a receipt: its lines in reading order', async () => {
		const [item] = succeeded(await nhn('nhnGeneralOcr', 'recognizeText', { output: 'markdown' }));
		expect(item.json).toEqual({
			markdown: receiptKoPng.lines.map((line) => line.join(' ')).join('\n'),
			pageCount: 1,
			source: source(receiptKoPng, 'nhnGeneralOcr', 'recognizeText', 0),
		});
	});

	it('NHN business registration: key-values as a list with English names, printed labels and dates as read', async () => {
		const [item] = succeeded(
			await nhn(
				'nhnDocumentOcr',
				'recognizeBusinessRegistration',
				{ output: 'markdown' },
				businessRegistrationPng,
			),
		);
		expect(item.json).toEqual({
			markdown: [
				'- **taxpayerType** (구분): 일반과세자',
				'- **registrationNumber** (등록번호): 214-86-01373',
				'- **companyName** (상호(법인명)): 주식회사 한빛데이터',
				'- **representative** (대표자): 김하늘',
				'- **openingDate** (개업연월일): 2019 년 04 월 01 일 (2019-04-01)',
				'- **corporateRegistrationNumber** (법인등록번호): 131111-0123456',
				'- **businessAddress** (사업장소재지): 경기도 성남시 분당구 판교역로 235',
				'- **headOfficeAddress** (본점소재지): 경기도 성남시 분당구 판교역로 235',
				'- **businessType** (사업의종류 업태): 정보통신업',
				'- **businessItem** (사업의종류 종목): 응용 소프트웨어 개발 및 공급업',
				'- **issueDate** (발급일자): 2024 년 05 월 20 일 (2024-05-20)',
				'- **taxOffice** (세무서명): 성남세무서장',
			].join('\n'),
			source: source(businessRegistrationPng, 'nhnDocumentOcr', 'recognizeBusinessRegistration', 0),
		});
	});

	it('CLOVA, a PDF whose second page failed: pages numbered, the failed one marked, listed as in One Item per Document', async () => {
		const message = 'ERROR: image recognition exception';
		emulator().inject({ kind: 'imageFailure', message, pages: [1], times: 1 });
		const [item] = succeeded(
			await runClova(emulator(), 'recognizeText', { output: 'markdown' }, [
				fileItem(threePagesPdf),
			]),
		);
		expect(item.json).toEqual({
			markdown: [
				'## Page 1',
				'',
				'Page one: Introduction',
				'',
				'## Page 2',
				'',
				`> This page could not be read: ${message}`,
				'',
				'## Page 3',
				'',
				'Page three: Signature',
			].join('\n'),
			pageCount: 2,
			failedPages: [{ page: 1, message }],
			source: source(threePagesPdf, 'clovaOcr', 'recognizeText'),
		});
	});

	it('Include Confidences in Markdown, and Minimum Confidence, apply to the output and to the document item alike', async () => {
		const options = { enableTableDetection: true, markdownConfidences: true };
		const [markdown] = succeeded(
			await runClova(emulator(), 'recognizeText', { output: 'markdown', options }, [
				fileItem(invoiceTablePng),
			]),
		);
		const text = String(markdown.json.markdown);
		expect(text.split('\n')[0]).toMatch(/^거래명세서 \(confidence 0\.\d\d\)$/);
		expect(text).toMatch(/\| 2,500,000 \(confidence 0\.\d\d\) \|/);
		// Header cells go without: a joined header would repeat them between its words.
		expect(text).toContain('| 구분 | 금액 공급가액 | 금액 세액 | 비고 |');
		const [document] = succeeded(
			await runClova(emulator(), 'recognizeText', { output: 'document', options }, [
				fileItem(invoiceTablePng),
			]),
		);
		expect(document.json.markdown).toBe(text);

		const strict = { enableTableDetection: true, minConfidence: 0.97 };
		const [kept] = succeeded(
			await runClova(emulator(), 'recognizeText', { output: 'markdown', options: strict }, [
				fileItem(invoiceTablePng),
			]),
		);
		const [keptDocument] = succeeded(
			await runClova(emulator(), 'recognizeText', { output: 'document', options: strict }, [
				fileItem(invoiceTablePng),
			]),
		);
		expect(String(kept.json.markdown).length).toBeLessThan(invoiceTableMarkdown.length);
		expect(keptDocument.json.markdown).toBe(kept.json.markdown);
	});

	it('NHN credit card: the Markdown shows the card number masked, as every other output', async () => {
		const [item] = succeeded(
			await nhn('nhnDocumentOcr', 'recognizeCreditCard', { output: 'markdown' }, creditCardPng),
		);
		const markdown = String(item.json.markdown);
		expect(markdown).toContain(creditCardPng.cardNumber.slice(-4));
		expect(markdown.replace(/\D/g, '')).not.toContain(creditCardPng.cardNumber.slice(0, 8));
	});

	it('Ask About Document: the answer as Markdown text', async () => {
		const [item] = succeeded(
			await nhn(
				'nhnDocumentOcr',
				'askAboutDocument',
				{ output: 'markdown', prompt: documentAiPrompts.summary },
				receiptMartPng,
			),
		);
		expect(item.json).toEqual({
			markdown: documentAiAnswers[receiptMartPng.name][1].llmResponse,
			source: source(receiptMartPng, 'nhnDocumentOcr', 'askAboutDocument', 0),
		});
	});

	it('Check Business Status reads no document: no Markdown output, no markdown field', async () => {
		const run = await runNode({
			parameters: {
				resource: 'nhnDocumentOcr',
				operation: 'checkBusinessStatus',
				businessNumber: businessNumbers.byStatus['01'],
				output: 'markdown',
			},
			items: [{}],
			credentials: [appKeyCredential(emulator())],
		});
		expect(failed(run).message).toBe(
			'\'Output\' must be one of One Item per Document (document), Raw Response (raw), not "markdown"',
		);
		const [document] = succeeded(
			await runNode({
				parameters: {
					resource: 'nhnDocumentOcr',
					operation: 'checkBusinessStatus',
					businessNumber: businessNumbers.byStatus['01'],
				},
				items: [{}],
				credentials: [appKeyCredential(emulator())],
			}),
		);
		expect(document.json).not.toHaveProperty('markdown');
	});
});
