// The real n8n 2.41.1 CLI running the packed, installed community package against the API emulator:
// `n8n import:credentials`, `n8n import:workflow`, `n8n execute --id`, once per binary-data mode.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
	N8nInstance,
	describeFailure,
	freePort,
	logMessages,
	nodeItems,
	packPackage,
} from './lib/n8n.mjs';
import { N8N_VERSION, NODE_TYPE, PACKAGE_NAME, ROOT } from './lib/paths.mjs';
import { catalog, fileSha256, sha256, startEmulator } from './lib/tools.mjs';
import { registerTrustTests } from './lib/trust.mjs';
import { CRED, WF, credentials, fixture, workflows } from './lib/workflows.mjs';

const STEP_TIMEOUT = 180_000;

// 2.41 stores binary data on disk when N8N_DEFAULT_BINARY_DATA_MODE is unset ("filesystem" in regular
// mode); `default` is the in-memory mode (base64 inside the items), still accepted and deprecated.
const MODES = (process.env.E2E_BINARY_MODES ?? 'default,filesystem').split(',').filter(Boolean);

const trimmed = (keyValues) => keyValues.map(({ key, value }) => [key, value.trim()]);

for (const mode of MODES) {
	describe(`n8n ${N8N_VERSION} CLI, binary data mode "${mode}"`, { concurrency: false }, () => {
		let emu;
		let n8n;
		/** Every run of this mode by workflow id, for the checks that look across runs. */
		const runs = new Map();
		/** Workflow names by id, so a failure says which workflow it was. */
		const workflowNames = new Map();

		before(
			async () => {
				emu = await startEmulator();
				n8n = new N8nInstance(`cli-${mode}`, {
					binaryDataMode: mode,
					// Each n8n process starts a task broker; a port of its own keeps runs apart from other n8n processes.
					env: { N8N_RUNNERS_BROKER_PORT: String(await freePort()) },
				});
				await n8n.setup(await packPackage());
			},
			{ timeout: STEP_TIMEOUT },
		);

		after(async () => {
			await emu?.close();
		});

		/** Runs a workflow with `n8n execute --id`, asserts it finished, and returns its items and the API log. */
		async function execute(workflowId) {
			emu.clearLog();
			const result = await n8n.execute(workflowId);
			const what = `n8n execute of workflow "${workflowNames.get(workflowId)}" (--id=${workflowId})`;
			assert.equal(result.code, 0, describeFailure(what, result));
			assert.ok(result.run, describeFailure(`${what} printed no run data; it`, result));
			assert.equal(
				result.run.data.resultData.error,
				undefined,
				`${what}: the run failed: ${JSON.stringify(result.run.data.resultData.error)}`,
			);
			assert.equal(result.run.finished, true);
			runs.set(workflowId, result.run);
			return {
				run: result.run,
				items: (node) => {
					const list = nodeItems(result.run, node);
					assert.ok(list, `node "${node}" did not run`);
					return list;
				},
				log: [...emu.log],
			};
		}

		const apiCalls = (log, provider) => log.filter((entry) => entry.provider === provider);

		it('installs the packed package into <N8N_USER_FOLDER>/.n8n/nodes as n8n does, without pulling n8n packages in', () => {
			const { packageDir, installed } = n8n.install;
			const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
			assert.equal(manifest.name, PACKAGE_NAME);
			for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) {
				assert.ok(existsSync(join(packageDir, file)), `${file} is not in the packed package`);
			}
			// Only the package itself: n8n-workflow etc. must come from n8n, never from the package's own tree.
			assert.deepEqual(
				installed.filter((name) => !name.startsWith('.')),
				[PACKAGE_NAME],
			);
			assert.ok(
				!existsSync(join(packageDir, 'node_modules')),
				'the package brought a node_modules of its own',
			);
			// The output schemas n8n shows in the editor's preview: every one in the sources is in the package.
			const schemas = join('nodes', 'NhnClovaOcr', '__schema__');
			const shipped = readdirSync(join(ROOT, schemas), { recursive: true }).filter((file) =>
				String(file).endsWith('.json'),
			);
			assert.ok(shipped.length >= 10, `only ${shipped.length} output schemas in ${schemas}`);
			for (const file of shipped) {
				const packed = join('dist', schemas, String(file));
				assert.ok(existsSync(join(packageDir, packed)), `${packed} is not in the packed package`);
			}
		});

		it(
			'imports the three credential types and the workflows (node type n8n-nodes-nhn-clova-ocr.nhnClovaOcr)',
			async () => {
				const creds = await n8n.importCredentials(credentials(emu));
				assert.match(
					logMessages(creds.stdout + creds.stderr),
					new RegExp(`Successfully imported ${credentials(emu).length} credentials`),
				);
				const all = workflows(emu);
				for (const workflow of all) workflowNames.set(workflow.id, workflow.name);
				assert.ok(all.every((wf) => wf.nodes.some((node) => node.type === NODE_TYPE)));
				const wfs = await n8n.importWorkflows(all);
				assert.match(
					logMessages(wfs.stdout + wfs.stderr),
					new RegExp(`Successfully imported ${all.length} workflows`),
				);
				const stored = await n8n.exportCredentials();
				assert.deepEqual(stored.map((c) => c.type).sort(), [
					'clovaOcrApi',
					'clovaOcrApi',
					'clovaOcrApi',
					'clovaOcrApi',
					'nhnCloudOcrApi',
					'nhnCloudUserAccessKeyApi',
				]);
				const uak = stored.find((c) => c.id === CRED.nhnUak.id);
				assert.equal(
					uak.data.accessToken ?? '',
					'',
					'the User Access Key credential starts without a token',
				);
			},
			{ timeout: STEP_TIMEOUT },
		);

		// ---- User Access Key: the token is issued, stored and renewed by n8n's credential handling ----

		let firstToken;

		it(
			'User Access Key: the first run has n8n issue a token (preAuthentication), store it, and the request succeeds',
			async () => {
				const issuedBefore = emu.tokens.issuedCount();
				const { items, log } = await execute(WF.generalLongUrlUak.id);
				assert.equal(emu.tokens.issuedCount(), issuedBefore + 1, 'exactly one token issued');
				const order = log
					.filter((e) => e.provider !== 'file')
					.map((e) => `${e.endpoint}:${e.status}:${e.resultCode ?? ''}`);
				assert.deepEqual(order, ['token/create:200:', 'general/cropping:200:0']);
				const ocrCall = log.find((e) => e.endpoint === 'general/cropping');
				assert.equal(ocrCall.apiVersion, 'v1.1');
				assert.equal(ocrCall.auth, 'ok');

				const [item, ...rest] = items('OCR');
				assert.equal(rest.length, 0, 'document output: one item');
				const lines = catalog.longBannerPng.lines.map((line) => line.join(' '));
				assert.deepEqual(item.json.lines, lines);
				assert.equal(item.json.text, lines.join('\n'));
				assert.equal(item.json.pageCount, 1);
				assert.equal(item.json.slicesImages, catalog.longBannerPng.slicesImages);
				assert.deepEqual(item.json.source, {
					url: emu.fileUrl('long-banner.png'),
					fileName: 'long-banner.png',
					resource: 'nhnGeneralOcr',
					operation: 'recognizeLongImage',
					page: 0,
				});

				const stored = (await n8n.exportCredentials()).find((c) => c.id === CRED.nhnUak.id);
				firstToken = stored.data.accessToken;
				assert.ok(
					typeof firstToken === 'string' && firstToken.length >= 32,
					'n8n stored the issued token in the credential',
				);
				assert.ok(
					Date.parse(stored.data.accessTokenExpiresAt) > Date.now() + 3600_000,
					'and when it expires',
				);
			},
			{ timeout: STEP_TIMEOUT },
		);

		it(
			'User Access Key: the next run reuses the stored token (no new token)',
			async () => {
				assert.ok(firstToken, 'needs the token of the previous test');
				const issuedBefore = emu.tokens.issuedCount();
				const { items, log } = await execute(WF.businessUrlFields.id);
				assert.equal(emu.tokens.issuedCount(), issuedBefore);
				assert.equal(log.filter((e) => e.provider === 'token').length, 0);
				const call = log.find((e) => e.endpoint === 'business');
				assert.equal(call.apiVersion, 'v1.1');
				assert.equal(call.auth, 'ok');
				assert.equal(
					call.fileSha256,
					fileSha256(fixture('business-registration.png')),
					'n8n downloaded the URL and uploaded the file',
				);

				const list = items('OCR');
				assert.deepEqual(
					list.map((i) => [i.json.kind, i.json.key, i.json.text]),
					trimmed(catalog.businessRegistrationPng.keyValues).map(([key, value]) => [
						'keyValue',
						key,
						value,
					]),
				);
				for (const i of list) {
					assert.equal(i.json.source.url, emu.fileUrl('business-registration.png'));
					assert.equal(i.json.source.operation, 'recognizeBusinessRegistration');
				}
				const stored = (await n8n.exportCredentials()).find((c) => c.id === CRED.nhnUak.id);
				assert.equal(stored.data.accessToken, firstToken);
			},
			{ timeout: STEP_TIMEOUT },
		);

		let secondToken;

		it(
			'User Access Key: a token expired between runs is renewed once, stored, and every item succeeds (Continue On Fail keeps real failures)',
			async () => {
				emu.tokens.expireAll();
				const issuedBefore = emu.tokens.issuedCount();
				const { items, log } = await execute(WF.businessStatusUak.id);
				assert.equal(emu.tokens.issuedCount(), issuedBefore + 1, 'one renewal for the whole run');
				const calls = log.map(
					(e) => `${e.endpoint}:${e.resultCode ?? e.status}:${e.businessNumber ?? ''}`,
				);
				const { byStatus, unknownValid } = catalog.businessNumbers;
				// Items run in parallel (Items in Parallel 4): each item in flight may meet the stale token, refused
				// with HTTP 200 before the body is read; the renewal is shared, so one token request in all.
				const refused = calls.filter((call) => call === 'business/status:4010006:');
				assert.ok(refused.length >= 1 && refused.length <= 3, `${refused.length} refused calls`);
				assert.equal(calls[0], 'business/status:4010006:');
				assert.deepEqual(
					calls.filter((call) => call !== 'business/status:4010006:').sort(),
					[
						'token/create:200:',
						`business/status:0:${byStatus['01']}`,
						`business/status:4000102:${unknownValid}`,
						// the third number fails its check digit in the node: never sent
						`business/status:0:${byStatus['06']}`,
					].sort(),
				);

				const list = items('OCR');
				assert.equal(list.length, 4);
				assert.deepEqual(
					list.map((i) => i.pairedItem?.item),
					[0, 1, 2, 3],
				);
				assert.equal(list[0].json.statusCode, '01');
				assert.equal(list[0].json.inBusiness, true);
				assert.equal(list[0].json.businessNumber, byStatus['01']);
				assert.equal(list[0].json.statusMessage, catalog.businessStatusMessages['01']);
				assert.deepEqual(list[0].json.source, {
					resource: 'nhnDocumentOcr',
					operation: 'checkBusinessStatus',
				});
				assert.match(list[1].json.error, /no business is registered/i);
				assert.equal(list[1].json.code, '4000102');
				assert.match(list[2].json.error, /check digit/);
				assert.equal(list[3].json.statusCode, '06');
				assert.equal(list[3].json.inBusiness, false);

				const stored = (await n8n.exportCredentials()).find((c) => c.id === CRED.nhnUak.id);
				secondToken = stored.data.accessToken;
				assert.ok(secondToken && secondToken !== firstToken, 'n8n stored the renewed token');
			},
			{ timeout: STEP_TIMEOUT },
		);

		it(
			'User Access Key: a token expiring within a run (between two nodes) is renewed and both nodes succeed',
			async () => {
				assert.ok(secondToken, 'needs the token of the previous test');
				emu.inject({
					kind: 'tokenExpiry',
					times: 1,
					match: { provider: 'nhn', endpoint: 'general/cropping' },
				});
				const issuedBefore = emu.tokens.issuedCount();
				const { items, log } = await execute(WF.tokenTwoNodes.id).finally(() => emu.clearFaults());
				assert.equal(emu.tokens.issuedCount(), issuedBefore + 1);
				const calls = log
					.filter((e) => e.provider !== 'file')
					.map((e) => `${e.endpoint}:${e.resultCode ?? e.status}`);
				assert.deepEqual(calls, [
					'general:0',
					'general/cropping:4010006',
					'token/create:200',
					'general/cropping:0',
				]);

				const first = items(WF.tokenTwoNodes.first);
				assert.equal(first.length, 1);
				assert.deepEqual(
					first[0].json.lines,
					catalog.receiptKoJpg.lines.map((line) => line.join(' ')),
				);
				// The second node keeps only fields recognized with a confidence of at least 0.95 (Options > Minimum Confidence).
				const second = items(WF.tokenTwoNodes.second);
				const words = catalog.words(catalog.longBannerPng.lines);
				assert.ok(
					second.length > 0 && second.length < words.length,
					`${second.length} of ${words.length} fields kept`,
				);
				assert.ok(second.every((i) => i.json.confidence >= 0.95));
				assert.deepEqual(
					second.map((i) => i.json.text),
					second.map((i) => words[i.json.index]),
					'kept fields keep their place',
				);
				assert.ok(
					second.every(
						(i) => i.json.kind === 'text' && i.json.source.url === emu.fileUrl('long-banner.png'),
					),
				);

				const stored = (await n8n.exportCredentials()).find((c) => c.id === CRED.nhnUak.id);
				assert.ok(
					stored.data.accessToken && stored.data.accessToken !== secondToken,
					'the token renewed mid-run is stored',
				);
			},
			{ timeout: STEP_TIMEOUT },
		);

		// ---- every operation, both inputs, every output shape ------------------------------------

		it(
			'NHN General, Recognize Text: binary file from disk, App Key (v1.0), one item per field with boxes',
			async () => {
				const { items, log } = await execute(WF.generalTextBinary.id);
				const [call, ...more] = apiCalls(log, 'nhn');
				assert.equal(more.length, 0);
				assert.equal(call.endpoint, 'general');
				assert.equal(call.apiVersion, 'v1.0');
				assert.equal(call.auth, 'ok');
				assert.equal(
					call.fileSha256,
					fileSha256(fixture('receipt-ko.png')),
					'the file n8n read is the file the API received',
				);
				assert.equal(apiCalls(log, 'token').length, 0);

				const list = items('OCR');
				assert.deepEqual(
					list.map((i) => i.json.text),
					catalog.words(catalog.receiptKoPng.lines),
				);
				const lineOf = catalog.receiptKoPng.lines.flatMap((line, index) => line.map(() => index));
				assert.deepEqual(
					list.map((i) => i.json.line),
					lineOf,
				);
				for (const i of list) {
					assert.equal(i.json.kind, 'text');
					assert.ok(i.json.confidence > 0 && i.json.confidence <= 1);
					assert.deepEqual(Object.keys(i.json.box).sort(), [
						'x1',
						'x2',
						'x3',
						'x4',
						'y1',
						'y2',
						'y3',
						'y4',
					]);
					assert.deepEqual(i.json.source, {
						fileName: 'receipt-ko.png',
						mimeType: 'image/png',
						resource: 'nhnGeneralOcr',
						operation: 'recognizeText',
						page: 0,
					});
					assert.deepEqual(i.pairedItem, { item: 0 });
				}
			},
			{ timeout: STEP_TIMEOUT },
		);

		it(
			`NHN Document, Recognize Business Registration: PDF from disk, one item per document, input file kept (${mode} binary data)`,
			async () => {
				const { items, log } = await execute(WF.businessPdfDocument.id);
				const call = apiCalls(log, 'nhn')[0];
				assert.equal(call.endpoint, 'business');
				assert.equal(call.apiVersion, 'v1.0');
				const pdfSha = fileSha256(fixture('business-registration.pdf'));
				assert.equal(call.fileSha256, pdfSha);

				const [item, ...rest] = items('OCR');
				assert.equal(rest.length, 0);
				assert.deepEqual(
					Object.entries(item.json.keyValues),
					trimmed(catalog.businessRegistrationPdf.keyValues),
				);
				assert.equal(
					item.json.fields.registrationNumber,
					catalog.businessRegistrationPdf.registrationNumber,
				);
				assert.equal(item.json.unitType, 'point');
				assert.equal(item.json.source.fileName, 'business-registration.pdf');
				assert.equal(item.json.source.resource, 'nhnDocumentOcr');
				assert.equal(item.json.source.operation, 'recognizeBusinessRegistration');

				// Keep Input File: the binary passes on, stored the way this binary-data mode stores it.
				const binary = item.binary?.data;
				assert.ok(binary, 'the input file is passed on');
				assert.equal(binary.fileName, 'business-registration.pdf');
				assert.equal(binary.mimeType, 'application/pdf');
				if (mode === 'filesystem') {
					assert.equal(binary.data, 'filesystem-v2');
					assert.match(binary.id, /^filesystem-v2:/);
				} else {
					assert.equal(binary.id, undefined);
					assert.equal(sha256(Buffer.from(binary.data, 'base64')), pdfSha);
				}
			},
			{ timeout: STEP_TIMEOUT },
		);

		it(
			'NHN Document, Recognize Credit Card: raw response masked by default, fields unmasked when asked',
			async () => {
				const { items, log } = await execute(WF.creditCard.id);
				assert.deepEqual(
					apiCalls(log, 'nhn').map((e) => `${e.endpoint}:${e.apiVersion}:${e.resultCode}`),
					['credit-card:v1.0:0', 'credit-card:v1.0:0'],
				);
				const { cardNumber, cardNumGroups, validThru } = catalog.creditCardPng;

				const [raw, ...rest] = items(WF.creditCard.masked);
				assert.equal(rest.length, 0);
				assert.equal(raw.json.header.resultCode, 0);
				assert.equal(
					raw.json.result.totalCardNum,
					`${'*'.repeat(cardNumber.length - 4)}${cardNumber.slice(-4)}`,
				);
				assert.deepEqual(
					raw.json.result.cardNums.map((g) => g.value),
					['****', '****', '****', cardNumGroups[3]],
				);
				assert.ok(
					!JSON.stringify(raw.json).includes(cardNumber),
					'the full card number appears nowhere in the raw output',
				);
				assert.equal(raw.json.source.fileName, 'credit-card.png');
				assert.equal(raw.json.source.operation, 'recognizeCreditCard');

				const fields = items(WF.creditCard.unmasked);
				const texts = fields.map((i) => i.json.text);
				for (const group of cardNumGroups) assert.ok(texts.includes(group), `group ${group}`);
				assert.ok(texts.includes(validThru));
				assert.equal(fields.find((i) => i.json.key === 'cardNumber')?.json.text, cardNumber);
			},
			{ timeout: STEP_TIMEOUT },
		);

		it(
			'CLOVA, Recognize Text: table extraction, one item per table row named by the header rows',
			async () => {
				const { items, log } = await execute(WF.clovaTableRows.id);
				const [call, ...more] = apiCalls(log, 'clova');
				assert.equal(more.length, 0);
				assert.equal(call.endpoint, 'general');
				assert.equal(call.auth, 'ok');
				assert.equal(call.json.enableTableDetection, true);
				assert.equal(call.fileSha256, fileSha256(fixture('invoice-table.png')));

				const rows = items('OCR');
				const strip = ({ source, ...columns }) => columns;
				// The two header rows (구분 and 비고 span both, 금액 spans two columns) name the columns together.
				assert.deepEqual(
					rows.map((r) => strip(r.json)),
					[
						{
							구분: '노트북\n15인치',
							'금액 공급가액': '2,500,000',
							'금액 세액': '250,000',
							비고: '',
						},
						{
							구분: '모니터',
							'금액 공급가액': '600,000',
							'금액 세액': '60,000',
							비고: '반품 예정',
						},
					],
				);
				assert.deepEqual(
					rows.map((r) => r.json.source.row),
					[2, 3],
				);
				for (const r of rows) {
					assert.deepEqual(
						{ ...r.json.source, row: 0 },
						{
							fileName: 'invoice-table.png',
							mimeType: 'image/png',
							resource: 'clovaOcr',
							operation: 'recognizeText',
							page: 0,
							table: 0,
							row: 0,
						},
					);
				}
			},
			{ timeout: STEP_TIMEOUT },
		);

		it(
			'CLOVA, Recognize Text: three-page PDF by URL, one item per document with pages',
			async () => {
				const { items, log } = await execute(WF.clovaPdfUrl.id);
				const call = apiCalls(log, 'clova')[0];
				assert.equal(call.json.images[0].url, emu.fileUrl('three-pages.pdf'));
				assert.equal(call.json.images[0].format, 'pdf');
				assert.equal(call.json.version, 'V2');

				const [item, ...rest] = items('OCR');
				assert.equal(rest.length, 0);
				const pages = catalog.threePagesPdf.pages.map((page) => page.map((line) => line.join(' ')));
				assert.equal(item.json.pageCount, 3);
				assert.deepEqual(
					item.json.pages.map((p) => p.lines),
					pages,
				);
				assert.deepEqual(
					item.json.pages.map((p) => p.index),
					[0, 1, 2],
				);
				assert.equal(item.json.text, pages.flat().join('\n'));
				assert.equal(item.json.source.url, emu.fileUrl('three-pages.pdf'));
				assert.equal(item.json.source.fileName, 'three-pages.pdf');
			},
			{ timeout: STEP_TIMEOUT },
		);

		it(
			'CLOVA, Recognize Text: two-page TIFF sent as base64 JSON, API V1 with languages, one item per field on each page',
			async () => {
				const { items, log } = await execute(WF.clovaTiffBase64V1.id);
				const call = apiCalls(log, 'clova')[0];
				assert.equal(call.apiVersion, 'V1');
				assert.match(call.contentType, /application\/json/);
				assert.equal(call.json.lang, 'ko,ja');
				assert.equal(call.json.images[0].format, 'tiff');
				assert.equal(call.json.images[0].data.sha256, fileSha256(fixture('scan.tiff')));

				const list = items('OCR');
				const expected = catalog.scanTiff.pages.flatMap((lines, page) =>
					catalog.words(lines).map((text) => [text, page]),
				);
				assert.deepEqual(
					list.map((i) => [i.json.text, i.json.source.page]),
					expected,
				);
				assert.ok(
					list.every((i) => i.json.kind === 'text' && i.json.source.fileName === 'scan.tiff'),
				);
			},
			{ timeout: STEP_TIMEOUT },
		);

		it(
			'CLOVA, Recognize Text: file downloaded by the HTTP Request node, raw response',
			async () => {
				const { items, log } = await execute(WF.clovaDownloadRaw.id);
				const call = apiCalls(log, 'clova')[0];
				assert.match(call.contentType, /multipart\/form-data/);
				assert.equal(call.fileSha256, fileSha256(fixture('receipt-ko.png')));

				const [raw, ...rest] = items('OCR');
				assert.equal(rest.length, 0);
				const [image] = raw.json.images;
				assert.equal(image.inferResult, 'SUCCESS');
				assert.deepEqual(
					image.fields.map((f) => f.inferText),
					catalog.words(catalog.receiptKoPng.lines),
				);
				assert.equal(raw.json.source.fileName, 'receipt-ko.png');
				assert.equal(raw.json.source.resource, 'clovaOcr');
			},
			{ timeout: STEP_TIMEOUT },
		);

		it(
			'CLOVA, Recognize Template: template fields as items and as one document (Invoke URL given with /infer)',
			async () => {
				const { items, log } = await execute(WF.clovaTemplate.id);
				const calls = apiCalls(log, 'clova');
				assert.deepEqual(
					calls.map((c) => `${c.endpoint}:${c.status}:${c.auth}`),
					['infer:200:ok', 'infer:200:ok'],
				);
				const templateIds = calls.map((c) => c.json.images[0].templateIds);
				assert.deepEqual(templateIds.sort(), [[catalog.templates.released.id], undefined].sort());

				const { fields } = catalog.claimFormPng;
				const list = items(WF.clovaTemplate.fields);
				assert.deepEqual(
					list.map((i) => [i.json.kind, i.json.name, i.json.text, i.json.type]),
					Object.values(fields).map((f) => ['keyValue', f.name, f.text, f.type]),
				);
				assert.deepEqual(list.find((i) => i.json.name === fields.policyId.name).json.subFields, [
					...fields.policyId.text,
				]);
				assert.equal(list.find((i) => i.json.name === fields.faxChecked.name).json.checked, true);
				assert.equal(
					list.find((i) => i.json.name === fields.emailUnchecked.name).json.checked,
					false,
				);

				const [document, ...rest] = items(WF.clovaTemplate.document);
				assert.equal(rest.length, 0);
				assert.equal(document.json.matchedTemplate.id, catalog.templates.released.id);
				assert.equal(document.json.title, catalog.claimFormPng.title);
				assert.deepEqual(document.json.checked, {
					[fields.faxChecked.name]: true,
					[fields.emailUnchecked.name]: false,
				});
				assert.equal(document.json.fields[fields.claimant.name], fields.claimant.text);
				assert.equal(
					document.json.validationResult.result,
					catalog.claimFormPng.validationResult.result,
				);
			},
			{ timeout: STEP_TIMEOUT },
		);

		it(
			'Continue On Fail: a text file between two receipts gives an error item in its place, the others succeed',
			async () => {
				const { items, log } = await execute(WF.continueOnFail.id);
				// Items run side by side (Items in Parallel), so the two calls may arrive in either order.
				assert.deepEqual(
					apiCalls(log, 'nhn')
						.map((e) => e.fileSha256)
						.sort(),
					[fileSha256(fixture('receipt-ko.jpg')), fileSha256(fixture('receipt-ko.png'))].sort(),
					'the text file is refused before any request',
				);
				const list = items('OCR');
				assert.equal(list.length, 3);
				assert.deepEqual(
					list.map((i) => i.pairedItem?.item),
					[0, 1, 2],
				);
				assert.deepEqual(
					list[0].json.lines,
					catalog.receiptKoJpg.lines.map((line) => line.join(' ')),
				);
				assert.equal(list[0].json.source.fileName, 'receipt-ko.jpg');
				assert.deepEqual(
					Object.keys(list[1].json).filter((k) => k !== 'description'),
					['error'],
				);
				assert.match(list[1].json.error, /not-an-image\.txt/);
				assert.deepEqual(
					list[2].json.lines,
					catalog.receiptKoPng.lines.map((line) => line.join(' ')),
				);
				assert.equal(list[2].json.source.fileName, 'receipt-ko.png');
			},
			{ timeout: STEP_TIMEOUT },
		);

		it(
			'CLOVA, Recognize Receipt: one item per line item with numeric amounts, store and ISO date',
			async () => {
				const { items, log } = await execute(WF.clovaReceiptRows.id);
				const [call, ...more] = apiCalls(log, 'clova');
				assert.equal(more.length, 0);
				assert.equal(call.endpoint, 'document/receipt');
				assert.equal(call.apiVersion, 'V2');
				assert.equal(call.fileSha256, fileSha256(fixture('receipt-mart.png')));
				const rows = items('OCR').map(({ json: { source, ...row } }) => row);
				const store = { store: '한빛마트 판교점', date: '2026-03-14' };
				assert.deepEqual(rows, [
					{ name: '아메리카노', count: 2, unitPrice: 4500, price: 9000, ...store },
					{ name: '크루아상', count: 1, unitPrice: 3800, price: 3800, ...store, code: '8801234' },
					{ name: '생수 500ml', count: 3, unitPrice: 1000, price: 3000, ...store },
				]);
			},
			{ timeout: STEP_TIMEOUT },
		);

		it(
			'CLOVA, Recognize Business License: the English names of the NHN operation, check-digit verdict',
			async () => {
				const { items, log } = await execute(WF.clovaBizLicense.id);
				const [call] = apiCalls(log, 'clova');
				assert.equal(call.endpoint, 'document/biz-license');
				assert.match(call.contentType, /application\/json/);
				const [item, ...rest] = items('OCR');
				assert.equal(rest.length, 0);
				assert.equal(item.json.registrationNumberValid, true);
				assert.deepEqual(
					{
						registrationNumber: item.json.fields.registrationNumber,
						companyName: item.json.fields.companyName,
						representative: item.json.fields.representative,
						openingDate: item.json.fields.openingDate,
					},
					{
						registrationNumber: '214-86-01373',
						companyName: '주식회사 한빛데이터',
						representative: '김하늘',
						openingDate: '2019 년 04 월 01 일',
					},
				);
			},
			{ timeout: STEP_TIMEOUT },
		);

		it(
			'NHN Document AI, Ask About Document: a fenced JSON answer becomes fields, a prose answer an error item',
			async () => {
				const { items, log } = await execute(WF.documentAi.id);
				assert.deepEqual(
					apiCalls(log, 'nhn')
						.map((e) => `${e.endpoint}:${e.apiVersion}:${e.resultCode}`)
						.sort(),
					['document-ai:v1.0:0', 'document-ai:v1.1:0'],
				);
				const [fields, ...rest] = items(WF.documentAi.json);
				assert.equal(rest.length, 0);
				const { source, ...data } = fields.json;
				assert.deepEqual(data, {
					store: '한빛마트 판교점',
					date: '2026-03-14',
					total: 14800,
					items: ['아메리카노', '크루아상', '생수 500ml'],
				});
				assert.equal(source.operation, 'askAboutDocument');
				const [error] = items(WF.documentAi.prose);
				assert.equal(error.json.error, 'The answer holds no JSON object or array');
				assert.match(error.json.description, /Ask for JSON in the prompt/);
				assert.equal(error.pairedItem?.item, 0);
			},
			{ timeout: STEP_TIMEOUT },
		);

		it(
			'NHN Document AI, Extract Fields: the tax invoice preset gives its fields typed (App Key), and one item per line item (User Access Key)',
			async () => {
				const { items, log } = await execute(WF.extractFields.id);
				const calls = apiCalls(log, 'nhn');
				assert.deepEqual(calls.map((e) => `${e.endpoint}:${e.apiVersion}:${e.resultCode}`).sort(), [
					'document-ai:v1.0:0',
					'document-ai:v1.1:0',
				]);
				for (const call of calls) {
					assert.equal(call.fileSha256, fileSha256(fixture('tax-invoice.png')));
					assert.ok(call.json.prompt.length <= 1000, `a prompt of ${call.json.prompt.length}`);
				}
				const expected = catalog.taxInvoiceValues(catalog.taxInvoicePng.invoice);
				const [item, ...rest] = items(WF.extractFields.node);
				assert.equal(rest.length, 0, 'one item per document');
				const { source, ...fields } = item.json;
				// Exactly the preset's fields, each of its type: the model wrote the tax as "310,000원".
				assert.deepEqual(fields, expected);
				assert.equal(fields.taxAmount, 310000);
				assert.equal(fields.issueDate, '2026-03-14');
				assert.equal(typeof fields.lineItems[0].quantity, 'number');
				assert.deepEqual(source, {
					fileName: 'tax-invoice.png',
					mimeType: 'image/png',
					resource: 'nhnDocumentOcr',
					operation: 'extractFields',
					page: 0,
				});

				const rows = items(WF.extractFields.rows);
				const { lineItems, supplyAmount, ...documentFields } = expected;
				assert.deepEqual(
					rows.map(({ json: { source: rowSource, ...row } }) => [row, rowSource.row]),
					lineItems.map((line, index) => [
						{ ...line, ...documentFields, documentSupplyAmount: supplyAmount },
						index,
					]),
				);
			},
			{ timeout: STEP_TIMEOUT },
		);

		it(
			'CLOVA, Recognize Text, Markdown: the text in reading order and the table with its two-row header joined',
			async () => {
				const { items, log } = await execute(WF.clovaMarkdown.id);
				const [call, ...more] = apiCalls(log, 'clova');
				assert.equal(more.length, 0);
				assert.equal(call.json.enableTableDetection, true);
				const [item, ...rest] = items(WF.clovaMarkdown.node);
				assert.equal(rest.length, 0);
				assert.deepEqual(Object.keys(item.json), ['markdown', 'pageCount', 'source']);
				assert.equal(item.json.markdown, catalog.invoiceTableMarkdown);
				assert.equal(item.json.source.fileName, 'invoice-table.png');
			},
			{ timeout: STEP_TIMEOUT },
		);

		// The interface: every output item has json.source {fileName or url, resource, operation, page}.
		// Not asked of the raw response (the provider's whole answer) nor of a document spanning several pages.
		it(
			'every item of a file names its source: resource, operation, fileName or url, and page',
			async () => {
				const fileBased = Object.keys(WF).filter((key) => key !== 'businessStatusUak');
				const definitions = workflows(emu);
				const missing = new Map(); // what is missing → how many items
				for (const key of fileBased) {
					const id = WF[key].id;
					const run = runs.get(id) ?? (await execute(id)).run;
					const ocrNodes = definitions
						.find((wf) => wf.id === id)
						.nodes.filter((node) => node.type === NODE_TYPE);
					for (const node of ocrNodes.filter((n) => n.parameters.output !== 'raw')) {
						for (const item of nodeItems(run, node.name) ?? []) {
							if (item.json.error || item.json.pageCount > 1) continue;
							const source = item.json.source ?? {};
							const problems = [];
							if (!source.resource) problems.push('resource');
							if (!source.operation) problems.push('operation');
							if (!source.fileName && !source.url) problems.push('fileName/url');
							if (typeof source.page !== 'number') problems.push('page');
							if (!problems.length) continue;
							const what = `${key} / ${node.name} (${item.json.kind ?? node.parameters.output} items): no ${problems.join(', ')}`;
							missing.set(what, (missing.get(what) ?? 0) + 1);
						}
					}
				}
				assert.deepEqual(
					[...missing].map(([what, count]) => `${what} (${count})`),
					[],
				);
			},
			{ timeout: STEP_TIMEOUT },
		);

		registerTrustTests({ n8n: () => n8n, emu: () => emu, execute });
	});
}
