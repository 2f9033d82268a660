// The real n8n 2.41.1 editor (`n8n start` on loopback) in Debian's chromium: the package's node in the nodes
// panel, its panel for each resource and operation, its icon, the credential dialogs of its three types, and the
// shipped examples as a user sees them — the README's screenshots (lib/screenshots.mjs: compared with docs/, or
// written there by `npm run screenshots`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from './lib/browser.mjs';
import { N8nInstance, N8nServer, freePort, packPackage } from './lib/n8n.mjs';
import {
	NODE_DISPLAY_NAME,
	NODE_TYPE,
	N8N_VERSION,
	PACKAGE_NAME,
	ROOT,
	SCREENSHOT_DIR,
} from './lib/paths.mjs';
import {
	MAILS,
	asShipped,
	editorMailExample,
	example,
	otherCredentials,
	pinnedMail,
} from './lib/examples.mjs';
import { readmeShot } from './lib/screenshots.mjs';
import { startScriptedModel, toolMessages } from './lib/scriptedModel.mjs';
import { catalog, startEmulator } from './lib/tools.mjs';
import { CRED, credentials } from './lib/workflows.mjs';

/** Manual Trigger → Check Business Status → a next node that has not run: the editor previews the fields. */
const SCHEMA_PREVIEW = {
	id: 'e2eSchemaPreview1',
	name: 'Business status for the next node',
	active: false,
	nodes: [
		{
			id: 'p1',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'p2',
			name: 'Check Business Status',
			type: NODE_TYPE,
			typeVersion: 1,
			position: [240, 0],
			parameters: {
				resource: 'nhnDocumentOcr',
				operation: 'checkBusinessStatus',
				businessNumber: '220-45-09135',
			},
			credentials: { nhnCloudOcrApi: { id: CRED.nhnAppKey.id, name: CRED.nhnAppKey.name } },
		},
		{
			id: 'p3',
			name: 'Next Node',
			type: 'n8n-nodes-base.noOp',
			typeVersion: 1,
			position: [480, 0],
			parameters: {},
		},
	],
	connections: {
		Start: { main: [[{ node: 'Check Business Status', type: 'main', index: 0 }]] },
		'Check Business Status': { main: [[{ node: 'Next Node', type: 'main', index: 0 }]] },
	},
	settings: { executionOrder: 'v1' },
	pinData: {},
};

const OWNER = {
	email: 'owner@example.com',
	firstName: 'Jiwoo',
	lastName: 'Kim',
	password: 'E2e-Passw0rd',
};
/** The workflows the editor opens: the shipped examples (README screenshots) and the schema preview. */
const WORKFLOW = {
	mail: 'e2eEditorMail001',
	review: 'e2eEditorReview1',
	agent: 'e2eEditorAgent01',
	schemaPreview: SCHEMA_PREVIEW.id,
};
/** 'Needs Review Output' on, with the key a supplier sheet needs (a simplified taxpayer's certificate has none). */
const REVIEW_SETTINGS = {
	needsReviewOutput: true,
	reviewRequiredKeys: 'corporateRegistrationNumber',
};
/** The question asked in the AI Agent example's chat, and the number the scripted model passes to the tool. */
const CHAT_QUESTION = 'Is 214-86-01373 still in business?';
/** How 2.41 serves a community package's file icon: /icons/<package>/<path inside the package>. */
const iconUrl = (file) => `/icons/${PACKAGE_NAME}/dist/icons/${file}`;
const NODE_ICON = iconUrl('nhnClovaOcr.svg');

/** After an operation's own parameters: the node-wide Needs Review and Skip Files Already Read switches. */
const TRUST = ['Needs Review Output', 'Skip Files Already Read'];
const FILE_INPUT = ['Operation', 'Input Type', 'Input Binary Field', 'Output', 'Options', ...TRUST];
const SHAPES = {
	fields: 'One Item per Field',
	document: 'One Item per Document',
	tableRows: 'One Item per Table Row',
	markdown: 'Markdown',
	raw: 'Raw Response',
};
const SHAPE_OPTIONS = ['Include Bounding Boxes', 'Keep Input File', 'Minimum Confidence'];
const CLOVA_OPTIONS = ['Image Name', 'Languages', 'Send File As', 'Version'];

/** What each resource's panel must show, operation by operation (display names, as a user sees them). */
// Operations are visited in this order; one whose Options collection has a single option comes last
// (n8n adds such an option at once when "Add Option" is clicked).
const RESOURCES = [
	{
		resource: 'nhnGeneralOcr',
		title: 'NHN General OCR',
		action: 'Get the text of an image as markdown',
		operations: [
			{
				name: 'Recognize Text',
				params: FILE_INPUT,
				outputs: ['fields', 'document', 'markdown', 'raw'],
				pdf: false,
				options: SHAPE_OPTIONS,
			},
			{
				name: 'Recognize Long Image',
				params: FILE_INPUT,
				outputs: ['fields', 'document', 'markdown', 'raw'],
				pdf: false,
				options: SHAPE_OPTIONS,
			},
		],
		credentials: 'nhn',
	},
	{
		resource: 'nhnDocumentOcr',
		title: 'NHN Document OCR',
		action: "Get a business registration's fields",
		operations: [
			{
				name: 'Recognize Business Registration',
				params: FILE_INPUT,
				outputs: ['fields', 'document', 'markdown', 'raw'],
				options: SHAPE_OPTIONS,
			},
			{
				name: 'Recognize Credit Card',
				params: FILE_INPUT,
				outputs: ['fields', 'document', 'markdown', 'raw'],
				pdf: false,
				options: [...SHAPE_OPTIONS, 'Mask Card Number'],
			},
			{
				name: 'Check Business Status',
				params: ['Operation', 'Business Registration Number', 'Output', 'Options'],
				outputs: ['document', 'raw'],
				options: ['Check Number Before Calling'],
			},
			{
				name: 'Extract Fields',
				pdf: false,
				params: [
					'Operation',
					'Input Type',
					'Input Binary Field',
					'Preset',
					'Additional Instructions',
					'Output',
					'Options',
					...TRUST,
				],
				// Its own 'One Item per Row': each row of a list field (the line items).
				outputs: ['document', 'One Item per Row', 'raw'],
				options: ['Document Type'],
			},
		],
		credentials: 'nhn',
	},
	{
		resource: 'clovaOcr',
		title: 'CLOVA OCR',
		action: 'Get the text and tables of a document as markdown',
		operations: [
			{
				name: 'Recognize Text',
				params: FILE_INPUT,
				outputs: ['fields', 'document', 'tableRows', 'markdown', 'raw'],
				options: [
					...SHAPE_OPTIONS,
					...CLOVA_OPTIONS,
					'Extract Tables',
					'Use First Row as Column Names',
				],
			},
			{
				name: 'Recognize Template',
				params: [
					'Operation',
					'Input Type',
					'Input Binary Field',
					'Template IDs',
					'Output',
					'Options',
					...TRUST,
				],
				outputs: ['fields', 'document', 'markdown', 'raw'],
				options: [...SHAPE_OPTIONS, ...CLOVA_OPTIONS],
			},
		],
		credentials: 'clova',
	},
];

describe(`n8n ${N8N_VERSION} editor in chromium`, { concurrency: false }, () => {
	let emu;
	let model;
	let server;
	let context;
	let blocked;
	let page;
	const screenshots = [];

	async function shot(name) {
		const path = join(
			SCREENSHOT_DIR,
			`${String(screenshots.length + 1).padStart(2, '0')}-${name}.png`,
		);
		await page.screenshot({ path });
		screenshots.push(path);
		console.log(`screenshot: ${path}`);
		return path;
	}

	before(
		async () => {
			await rm(SCREENSHOT_DIR, { recursive: true, force: true });
			await mkdir(SCREENSHOT_DIR, { recursive: true });
			emu = await startEmulator();
			// The AI Agent example's chat model: it asks Check Business Status for the number in the question, then
			// answers from what the tool returned.
			model = await startScriptedModel({
				script: (request) => {
					const [result] = toolMessages(request);
					if (!result)
						return {
							toolCalls: [
								{ name: 'Check_Business_Status', arguments: { businessNumber: '214-86-01373' } },
							],
						};
					const [answer] = JSON.parse(result.content);
					return `Yes. 214-86-01373 is in business: ${answer.status} (${answer.statusMessage})`;
				},
			});
			const instance = new N8nInstance('editor', {
				env: { N8N_RUNNERS_BROKER_PORT: String(await freePort()) },
			});
			await instance.setup(await packPackage());
			// The examples as shipped (README screenshots), with the other services' credentials they name.
			await instance.importCredentials([
				...credentials(emu),
				...otherCredentials({ modelUrl: model.url }),
			]);
			await instance.importWorkflows([
				editorMailExample(WORKFLOW.mail, [pinnedMail(MAILS.hanbit)]),
				editorMailExample(WORKFLOW.review, [pinnedMail(MAILS.hanbit), pinnedMail(MAILS.haneul)], {
					review: REVIEW_SETTINGS,
				}),
				asShipped(example('ai-agent-with-ocr-tool.json'), WORKFLOW.agent),
				SCHEMA_PREVIEW,
			]);
			server = new N8nServer(instance, { port: await freePort() });
			await server.start();
			// The owner account, through the REST API the setup page uses.
			const response = await fetch(`${server.url}/rest/owner/setup`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(OWNER),
			});
			assert.equal(response.status, 200, `owner setup: ${await response.text()}`);
			({ context, blocked } = await launchBrowser());
			page = context.pages()[0] ?? (await context.newPage());
		},
		{ timeout: 300_000 },
	);

	after(async () => {
		await context?.close();
		await server?.stop();
		await model?.close();
		await emu?.close();
		if (blocked?.length)
			console.log(`requests to other hosts, aborted: ${[...new Set(blocked)].join(', ')}`);
		if (server?.logFile) console.log(`n8n server log: ${server.logFile}`);
	});

	it('signs in as the owner', async () => {
		await page.goto(`${server.url}/signin`);
		await page.getByLabel('Email').fill(OWNER.email);
		await page.getByLabel('Password').fill(OWNER.password);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 30_000 });
		assert.ok(!page.url().includes('/signin'));
	});

	it('serves the package icon from the installed package', async () => {
		const response = await page.request.get(`${server.url}${NODE_ICON}`);
		assert.equal(response.status(), 200);
		assert.match(response.headers()['content-type'] ?? '', /svg/);
		assert.equal(
			await response.text(),
			readFileSync(join(ROOT, 'dist', 'icons', 'nhnClovaOcr.svg'), 'utf8'),
		);
	});

	/** A new workflow with the nodes panel searched for the package's node; returns the search result. */
	async function searchNode() {
		await page.goto(`${server.url}/workflow/new`);
		await page.getByTestId('node-creator-plus-button').click();
		const search = page.getByTestId('node-creator-search-bar');
		await search.fill(NODE_DISPLAY_NAME);
		const result = page
			.getByTestId('node-creator-item-name')
			.filter({ hasText: NODE_DISPLAY_NAME });
		await result.first().waitFor();
		return result;
	}

	it(`finds "${NODE_DISPLAY_NAME}" in the nodes panel, with the package's icon and its actions grouped by resource`, async () => {
		const result = await searchNode();
		assert.equal(await result.count(), 1);
		const item = page
			.getByTestId('node-creator-action-item')
			.filter({ hasText: NODE_DISPLAY_NAME })
			.first();
		const icon = item.locator('img').first();
		assert.equal(await icon.getAttribute('src'), NODE_ICON);
		assert.ok(await icon.evaluate((img) => img.complete && img.naturalWidth > 0), 'the icon loads');
		await shot('nodes-panel-search');
		await result.first().click();
		const creator = page.getByTestId('node-creator');
		for (const { title, action } of RESOURCES) {
			await creator.getByText(`${title} actions`, { exact: false }).first().waitFor();
			assert.ok(await creator.getByText(action, { exact: true }).isVisible(), `action "${action}"`);
		}
		await page.waitForTimeout(800); // the panel slides in
		await shot('nodes-panel-actions');
	});

	/** Labels of the parameters the panel shows, top to bottom (not the credential, not the Settings tab). */
	async function visibleParameters() {
		return await page.getByTestId('ndv').evaluate((ndv) => {
			const top = [...ndv.querySelectorAll('[data-test-id="parameter-item"]')].filter(
				(item) =>
					item.checkVisibility() && !item.parentElement.closest('[data-test-id="parameter-item"]'),
			);
			return top
				.flatMap((item) => {
					const inner = [...item.querySelectorAll('.parameter-item')].filter(
						(el) => !el.parentElement.closest('.parameter-item'),
					);
					return (inner.length ? inner : [item]).map((el) =>
						(el.querySelector('label')?.innerText ?? '').split('\n')[0].replace(/\*/g, '').trim(),
					);
				})
				.filter(Boolean); // notices have no label
		});
	}

	/** The titles of the options a dropdown shows (first line of each), then closes it. */
	async function dropdownTitles(trigger, { attempts = 50 } = {}) {
		await trigger.click();
		const list = page.locator(
			'.el-select-dropdown__item:visible, [role="option"]:visible, [role="menuitem"]:visible',
		);
		let titles = [];
		let previous = '';
		for (let attempt = 0; attempt < attempts; attempt++) {
			await page.waitForTimeout(150);
			titles = (await list.allInnerTexts())
				.map((text) => text.split('\n')[0].trim())
				.filter(Boolean);
			const now = JSON.stringify(titles);
			if (titles.length && now === previous) break;
			previous = now;
		}
		// Only a dropdown that opened is closed: Escape with none open would close the whole panel.
		if (titles.length) {
			await page.keyboard.press('Escape');
			await page.waitForTimeout(200);
		}
		return titles;
	}

	/** The options the "Add Option" button offers; a collection with a single option adds it at once. */
	async function collectionOptions() {
		const titles = await dropdownTitles(page.getByTestId('collection-parameter-add'), {
			attempts: 12,
		});
		if (titles.length) return titles;
		await shot('single-option-added');
		return await page.getByTestId('ndv').evaluate((ndv) => {
			const label = (el) =>
				(el.querySelector('label')?.innerText ?? '').split('\n')[0].replace(/\*/g, '').trim();
			const collection = [...ndv.querySelectorAll('[data-test-id="parameter-item"]')].find(
				(item) => item.checkVisibility() && label(item) === 'Options',
			);
			return [...(collection?.querySelectorAll('.parameter-item') ?? [])].map(label);
		});
	}

	async function choose(parameterName, optionTitle) {
		await page.getByTestId(`parameter-input-${parameterName}`).click();
		const option = page
			.locator('.el-select-dropdown__item:visible, [role="option"]:visible')
			.filter({
				hasText: new RegExp(`^\\s*${optionTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
			});
		await option.first().click();
		await page.waitForTimeout(300);
	}

	/** A new workflow with the package's node added through one of its actions; the panel is open. */
	async function addNodeByAction(action) {
		await searchNode();
		await page
			.getByTestId('node-creator-item-name')
			.filter({ hasText: NODE_DISPLAY_NAME })
			.first()
			.click();
		await page.getByTestId('node-creator').getByText(action, { exact: true }).click();
		await page.getByTestId('ndv').waitFor();
		await page.getByTestId('parameter-input-operation').waitFor();
	}

	for (const spec of RESOURCES) {
		it(`${spec.title}: the panel shows each operation's parameters, output shapes and options, with the package's icon`, async () => {
			await addNodeByAction(spec.action);
			const ndv = page.getByTestId('ndv');

			const icons = await ndv.locator('img').evaluateAll((imgs) =>
				imgs.map((img) => ({
					src: img.getAttribute('src'),
					loaded: img.complete && img.naturalWidth > 0,
				})),
			);
			assert.ok(
				icons.some((icon) => icon.src === NODE_ICON && icon.loaded),
				`the panel's node icon is ${NODE_ICON}: ${JSON.stringify(icons)}`,
			);

			const operations = await dropdownTitles(page.getByTestId('parameter-input-operation'));
			for (const operation of spec.operations)
				assert.ok(
					operations.includes(operation.name),
					`operation "${operation.name}" in ${operations}`,
				);

			for (const operation of spec.operations) {
				await choose('operation', operation.name);
				// Resource is checked on its own below (n8n 2.41 hides it for this node as it stands).
				const params = (await visibleParameters()).filter((label) => label !== 'Resource');
				assert.deepEqual(params, operation.params, `${spec.title} / ${operation.name}: parameters`);
				const outputs = await dropdownTitles(page.getByTestId('parameter-input-output'));
				assert.deepEqual(
					outputs,
					operation.outputs.map((shape) => SHAPES[shape] ?? shape),
					`${operation.name}: output shapes`,
				);
				const options = await collectionOptions();
				for (const option of operation.options)
					assert.ok(
						options.includes(option),
						`${operation.name}: option "${option}" in ${options}`,
					);
				await shot(`${spec.resource}-${operation.name.replace(/\s+/g, '-').toLowerCase()}`);

				if (operation.params.includes('Input Type')) {
					// 'Image or PDF URL' where the service reads PDFs, 'Image URL' where it does not.
					const urlLabel = operation.pdf === false ? 'Image URL' : 'Image or PDF URL';
					await choose('inputType', urlLabel);
					const withUrl = await visibleParameters();
					assert.ok(
						withUrl.includes(urlLabel),
						`${operation.name}: ${urlLabel} shown for URL input: ${withUrl}`,
					);
					assert.ok(
						!withUrl.includes('Input Binary Field'),
						`${operation.name}: no binary field for URL input`,
					);
					await choose('inputType', 'Binary File');
				}
			}
		});
	}

	/** The credential the open node panel uses, as its select shows it (its text and its input's value). */
	async function selectedCredential() {
		return await page
			.getByTestId('node-credentials-select')
			.evaluate((select) =>
				[
					select.textContent,
					...[...select.querySelectorAll('input')].map((input) => input.value),
				].join(' '),
			);
	}

	/** Opens the "new credential" dialog from the panel's credential section. */
	async function openNewCredential() {
		const select = page.getByTestId('node-credentials-select');
		if (await select.isVisible()) {
			await select.click();
			await page.getByText('Create new credential', { exact: true }).click();
		} else {
			await page
				.getByTestId('ndv')
				.getByText(/^Connect to /)
				.click();
		}
		const modal = page.getByTestId('editCredential-modal');
		await modal.waitFor();
		await modal.getByTestId('credential-connection-parameter').first().waitFor();
		return modal;
	}

	/** The fields the credential dialog shows (labels), and the credential icon it shows. */
	async function credentialDialog(modal) {
		const fields = await modal.getByTestId('credential-connection-parameter').evaluateAll(
			(items) =>
				items
					.filter((item) => item.checkVisibility())
					.map((item) =>
						(item.querySelector('label')?.innerText ?? '').split('\n')[0].replace(/\*/g, '').trim(),
					)
					.filter(Boolean), // the setup notice has no label
		);
		const icons = await modal.locator('img').evaluateAll((imgs) =>
			imgs.map((img) => ({
				src: img.getAttribute('src'),
				loaded: img.complete && img.naturalWidth > 0,
			})),
		);
		return { fields, icons };
	}

	async function fill(modal, values) {
		for (const [name, value] of Object.entries(values)) {
			await modal.getByTestId(`parameter-input-${name}`).locator('input').fill(value);
		}
	}

	/**
	 * Saves; n8n then tests the connection through the credential's `test` request, from the server. A passing test
	 * closes the dialog; a failing one keeps it open with "Couldn't connect with these settings". Returns which.
	 */
	async function saveAndTest(modal) {
		await modal.getByTestId('credential-save-button').click();
		const closed = modal.waitFor({ state: 'hidden', timeout: 30_000 }).then(() => 'closed');
		const failed = modal
			.getByText(/Couldn.t connect/)
			.waitFor({ timeout: 30_000 })
			.then(() => 'failed');
		const outcome = await Promise.any([closed, failed]).catch(() => 'no outcome in 30 s');
		await page.waitForTimeout(300);
		return outcome;
	}

	// n8n adds this field to every credential that authenticates requests.
	const N8N_DOMAINS_FIELD = 'Allowed HTTP Request Domains';

	it('credential dialog, CLOVA OCR API: its fields and icon; a wrong Secret Key fails the connection test, the right one passes', async () => {
		await addNodeByAction('Get the text and tables of a document as markdown');
		const modal = await openNewCredential();
		const { fields, icons } = await credentialDialog(modal);
		assert.deepEqual(fields, ['Invoke URL', 'Secret Key', N8N_DOMAINS_FIELD]);
		assert.ok(
			icons.some((icon) => icon.src === iconUrl('clova.svg') && icon.loaded),
			`credential icon: ${JSON.stringify(icons)}`,
		);

		emu.clearLog();
		await fill(modal, { invokeUrl: emu.clova.general.invokeUrl, secretKey: 'not-the-secret' });
		assert.equal(
			await saveAndTest(modal),
			'failed',
			'the failed connection test is shown, the dialog stays open',
		);
		assert.deepEqual(
			emu.log.map((e) => `${e.provider}:${e.endpoint}:${e.code}:${e.auth}`),
			['clova:general:0002:invalid'],
		);
		await shot('credential-clova-wrong-secret');

		emu.clearLog();
		await fill(modal, { secretKey: emu.clova.general.secretKey });
		await modal.getByTestId('credential-save-button').click();
		await modal.waitFor({ state: 'hidden', timeout: 30_000 }); // the test passed: n8n closes the dialog
		assert.deepEqual(
			emu.log.map((e) => `${e.provider}:${e.endpoint}:${e.auth}`),
			['clova:general:ok'],
		);
		await shot('credential-clova-saved');
	});

	it('credential dialog, NHN Cloud OCR (App Key) API: its fields and icon, and a passing connection test (API v1.0)', async () => {
		await addNodeByAction('Get the text of an image as markdown');
		const modal = await openNewCredential();
		// The dialog offers both NHN authentications; the user picks App Key + Secret Key in its mode list.
		const mode = modal.getByTestId('credential-mode-dropdown-trigger');
		if ((await mode.innerText()).trim() !== 'App Key + Secret Key (API v1.0)') {
			await mode.click();
			await page.getByText('App Key + Secret Key (API v1.0)', { exact: true }).last().click();
			await page.waitForTimeout(500);
		}
		assert.equal((await mode.innerText()).trim(), 'App Key + Secret Key (API v1.0)');
		const { fields, icons } = await credentialDialog(modal);
		assert.deepEqual(fields, ['App Key', 'Secret Key', 'Base URL', N8N_DOMAINS_FIELD]);
		assert.ok(
			icons.some((icon) => icon.src === iconUrl('nhnCloud.svg') && icon.loaded),
			`credential icon: ${JSON.stringify(icons)}`,
		);
		await shot('credential-nhn-app-key');

		emu.clearLog();
		await fill(modal, {
			appKey: emu.nhn.appKey,
			secretKey: emu.nhn.secretKey,
			baseUrl: emu.nhn.baseUrl,
		});
		assert.equal(await saveAndTest(modal), 'closed', 'the connection test passes');
		assert.deepEqual(
			emu.log.map((e) => `${e.endpoint}:${e.apiVersion}:${e.auth}`),
			['general:v1.0:ok'],
		);
	});

	it('credential dialog, NHN Cloud User Access Key API: chosen in the same dialog, its fields (no token shown), a token issued by the connection test', async () => {
		await addNodeByAction('Check if a Korean business is open or closed');
		const modal = await openNewCredential();
		await modal.getByTestId('credential-mode-dropdown-trigger').click();
		await page.getByText('User Access Key (API v1.1)', { exact: true }).last().click();
		await page.waitForTimeout(500);
		const { fields, icons } = await credentialDialog(modal);
		assert.deepEqual(fields, [
			'User Access Key ID',
			'Secret Access Key',
			'App Key',
			'Base URL',
			'Token URL',
			N8N_DOMAINS_FIELD,
		]);
		assert.ok(
			icons.some((icon) => icon.src === iconUrl('nhnCloudUserAccessKey.svg') && icon.loaded),
			`credential icon: ${JSON.stringify(icons)}`,
		);
		await shot('credential-nhn-user-access-key');

		emu.clearLog();
		const issued = emu.tokens.issuedCount();
		await fill(modal, {
			userAccessKeyId: emu.nhn.userAccessKeyId,
			secretAccessKey: emu.nhn.secretAccessKey,
			appKey: emu.nhn.appKey,
			baseUrl: emu.nhn.baseUrl,
			tokenUrl: emu.nhn.oauthBaseUrl,
		});
		assert.equal(await saveAndTest(modal), 'closed', 'the connection test passes');
		assert.equal(
			emu.tokens.issuedCount(),
			issued + 1,
			'the test issued a token through preAuthentication',
		);
		assert.deepEqual(
			emu.log.map((e) => `${e.endpoint}:${e.apiVersion ?? ''}:${e.auth}`),
			['token/create::ok', 'general:v1.1:ok'],
		);

		// The panel now uses the new credential; the node sits on the canvas with the package's icon.
		const selected = await selectedCredential();
		assert.match(selected, /NHN Cloud User Access Key account/);
		await shot('panel-with-user-access-key-credential');
		await page.keyboard.press('Escape');
		const canvasIcon = page.locator('[data-test-id="canvas-node"] img').first();
		await canvasIcon.waitFor();
		assert.equal(await canvasIcon.getAttribute('src'), NODE_ICON);
		await shot('canvas');
	});

	it('the panel lets a user switch the Resource (NHN General, NHN Document, CLOVA)', async () => {
		// n8n 2.41 leaves out of the panel every parameter that the node's `authentication` parameter depends on
		// (a key of its displayOptions.show): the credentials section is meant to own those. Had `authentication`
		// been shown for the NHN resources only, Resource would disappear from the panel.
		await addNodeByAction('Get the text of an image as markdown');
		const shown = await visibleParameters();
		await shot('panel-resource');
		const resource = page.getByTestId('parameter-input-resource');
		assert.ok(
			await resource.isVisible(),
			`no Resource parameter in the panel, which shows: ${JSON.stringify(shown)}`,
		);
		// n8n appends "Custom API Call" to nodes whose credentials can authenticate any request.
		assert.deepEqual(await dropdownTitles(resource), [
			...RESOURCES.map((spec) => spec.title),
			'Custom API Call',
		]);
	});

	/** Waits until the page is still: fonts loaded, no toast, the canvas not moving; the mouse where it shows nothing. */
	async function settle({ mouse = [1439, 899] } = {}) {
		for (const close of await page.locator('.el-notification__closeBtn:visible').all())
			await close.click().catch(() => {});
		await page.locator('.el-notification:visible').first().waitFor({ state: 'hidden' });
		await page.mouse.move(...mouse);
		// The canvas's minimap shows while the canvas moves, and hides a moment after.
		await page.getByTestId('canvas-minimap').waitFor({ state: 'hidden' });
		await page.evaluate(async () => {
			await document.fonts.ready;
			// Transitions and animations that end (a dialog's banner fading in, a panel sliding) have ended.
			await Promise.all(
				document
					.getAnimations()
					.filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
					.map((animation) => animation.finished.catch(() => {})),
			);
			const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
			const viewport = () =>
				document.querySelector('.vue-flow__viewport')?.getAttribute('style') ?? '';
			// The canvas glides to its place (fit view, zoom): wait until two frames in a row agree.
			let last = viewport();
			for (let still = 0; still < 3; ) {
				await frame();
				const now = viewport();
				still = now === last ? still + 1 : 0;
				last = now;
			}
		});
	}

	async function openWorkflow(id) {
		await page.goto(`${server.url}/workflow/${id}`);
		await page.locator('[data-test-id="canvas-node"]').first().waitFor();
		await settle();
	}

	/** An empty spot of the canvas (its top left corner): the mouse there highlights nothing. */
	const CANVAS_CORNER = [90, 100];

	const canvasNode = (name) =>
		page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"]`);

	/** Runs the open workflow with its button; returns once `lastNode` shows its green check. */
	async function executeWorkflow(lastNode) {
		await page.getByTestId('execute-workflow-button').click();
		await canvasNode(lastNode)
			.locator('[data-test-id="canvas-node-status-success"]')
			.waitFor({ timeout: 60_000 });
	}

	it('the AI Agent offers the node in its tool list', async () => {
		await openWorkflow(WORKFLOW.agent);
		const toolHandle = page.locator(
			'[data-test-id="canvas-node-input-handle"][data-connection-type="ai_tool"][data-node-name="AI Agent"]',
		);
		await toolHandle.locator('[data-test-id="canvas-handle-plus-wrapper"]').first().click();
		const search = page.getByTestId('node-creator-search-bar');
		await search.waitFor();
		await search.fill('NHN');
		const item = page.getByTestId('node-creator-item-name').filter({ hasText: NODE_DISPLAY_NAME });
		await item.first().waitFor();
		const names = await page.getByTestId('node-creator-item-name').allInnerTexts();
		assert.ok(
			names.some((name) => name.includes(NODE_DISPLAY_NAME)),
			`the tool list offers: ${names}`,
		);
		await shot('ai-agent-tool-list');
		await page.keyboard.press('Escape');
	});

	it('serves the output schema, and the next node shows the fields before any run', async () => {
		const schemaUrl = `${server.url}/schemas/${NODE_TYPE}/1.0.0/nhnDocumentOcr/checkBusinessStatus.json`;
		const response = await page.request.get(schemaUrl);
		assert.equal(response.status(), 200, schemaUrl);
		assert.ok((await response.json()).properties.statusCode);

		await openWorkflow(WORKFLOW.schemaPreview);
		await canvasNode('Next Node').dblclick();
		await page.getByTestId('ndv').waitFor();
		const input = page.getByTestId('ndv-input-panel');
		await input.waitFor();
		await input.getByText('statusCode', { exact: false }).first().waitFor({ timeout: 20_000 });
		const text = await input.innerText();
		for (const field of ['businessNumber', 'statusCode', 'inBusiness'])
			assert.ok(text.includes(field), `the input panel previews ${field}: ${text.slice(0, 500)}`);
		await shot('schema-preview-next-node');
		await page.keyboard.press('Escape');
	});

	// ---- the README's screenshots: the shipped examples, run as a user runs them ---------------------------------

	/** What the page shows that a README screenshot must not: test names, deactivated nodes, the test's file reads. */
	async function assertNothingOfTheTests() {
		const text = await page.locator('body').innerText();
		for (const unwanted of [
			/\be2e\b/i,
			/\(Deactivated\)/,
			/Read\/Write Files from Disk/i,
			/Files? From Disk/i,
		])
			assert.doesNotMatch(text, unwanted);
	}

	it('README: the certificate example after a run — the mail pinned, both OCR nodes checked, the sheet row pinned', async () => {
		emu.clearLog();
		await openWorkflow(WORKFLOW.mail);
		await executeWorkflow('Check Business Status');
		// A user tries the example with a mail and the sheet's row pinned: the two show their pin, not a run.
		for (const name of ['New Mail with Certificate', 'Add Supplier Row'])
			await canvasNode(name).locator('[data-test-id="canvas-node-status-pinned"]').waitFor();
		assert.deepEqual(
			emu.log.map((entry) => entry.endpoint),
			['business', 'business/status'],
		);
		const names = await page
			.locator('[data-test-id="canvas-node"]')
			.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-name')));
		assert.deepEqual(
			names.sort(),
			example('business-registration-from-mail.json')
				.nodes.filter((node) => node.type !== 'n8n-nodes-base.stickyNote')
				.map((node) => node.name)
				.sort(),
			'the nodes of the example, no other',
		);
		for (const name of ['Read Business Registration', 'Check Business Status'])
			assert.ok(
				await canvasNode(name).locator('[data-test-id="canvas-node-status-success"]').isVisible(),
				`${name} shows its green check`,
			);
		await assertNothingOfTheTests();
		await settle();
		await readmeShot(page, 'workflow');
	});

	it("README: Recognize Business Registration's output — fields under English names, keyValues with the Korean labels", async () => {
		await canvasNode('Read Business Registration').dblclick();
		const output = page.getByTestId('output-panel');
		await output.waitFor();
		await output.getByText('registrationNumber', { exact: false }).first().waitFor();
		const text = await output.innerText();
		const { registrationNumber, keyValues } = catalog.businessRegistrationPng;
		for (const expected of [
			'fields',
			'keyValues',
			'companyName',
			'주식회사 한빛데이터',
			registrationNumber,
			...keyValues.map((entry) => entry.key),
		])
			assert.ok(text.includes(expected), `the output panel shows ${expected}`);
		const credential = await selectedCredential();
		assert.match(credential, new RegExp(CRED.nhnAppKey.name));
		await assertNothingOfTheTests();
		await settle();
		await readmeShot(page, 'output-panel');
		await page.keyboard.press('Escape');
	});

	/** Opens the Logs panel below the canvas at a fixed height and shows `node`'s run in it. */
	/** The Logs panel (with the chat, where the workflow has one) from `top` down to the bottom of the window. */
	async function resizeLogs(top) {
		const panel = page.getByTestId('logs-panel');
		const handle = panel.getByTestId('resize-handle').first();
		const box = await handle.boundingBox();
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2, top, { steps: 5 });
		await page.mouse.up();
		return panel;
	}

	async function showInLogs(node, { top = 500 } = {}) {
		const panel = page.getByTestId('logs-panel');
		if (!(await panel.getByTestId('logs-overview-body').isVisible()))
			await panel.getByText('Logs', { exact: true }).first().click();
		await panel.getByTestId('logs-overview-body').waitFor();
		await resizeLogs(top);
		await panel.getByTestId('logs-overview-body').getByText(node, { exact: true }).click();
		await panel.getByTestId('log-details-output').waitFor();
		await page.getByTestId('zoom-to-fit').click();
		return panel;
	}

	it('README: the Needs Review output — two outputs on the canvas, the reason a certificate is to be checked', async () => {
		emu.clearLog();
		await openWorkflow(WORKFLOW.review);
		await executeWorkflow('Check Business Status');
		assert.deepEqual(
			emu.log.map((entry) => entry.endpoint),
			['business', 'business', 'business/status'],
			'both certificates read, only the accepted one checked',
		);
		assert.equal(
			await canvasNode('Read Business Registration')
				.locator('[data-test-id="canvas-node-output-handle"]')
				.count(),
			2,
			'Read Business Registration has two outputs on the canvas: Accepted and Needs Review',
		);

		const panel = await showInLogs('Read Business Registration');
		const details = panel.getByTestId('log-details-output');
		await details.getByText(/Accepted Branch \(1 item\)/).waitFor();
		await details.getByText(/Needs Review Branch \(1 item\)/).click();
		await panel.getByTestId('radio-button-json').click();
		// The JSON view draws only the lines in sight: scroll to the item's end, then bring its source (which file)
		// and its review (why) into sight.
		const data = panel.getByTestId('ndv-data-container');
		const json = data.locator('.vjs-tree');
		await json.evaluate((scroller) => {
			scroller.scrollTop = scroller.scrollHeight;
		});
		await data.getByText('corporateRegistrationNumber', { exact: false }).first().waitFor();
		const shown = await data.innerText();
		assert.match(shown, /"review"/);
		assert.match(shown, /missingKey/);
		assert.match(shown, /The required key \\"corporateRegistrationNumber\\" was not found/);
		const aligned = await json.evaluate(async (scroller) => {
			const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
			const sourceKey = () =>
				[...scroller.querySelectorAll('*')].find(
					(element) =>
						element.childElementCount === 0 && /^"source":?$/.test(element.textContent.trim()),
				);
			// Up from the end, a few lines at a time, until the list has drawn the source's line.
			for (let step = 0; step < 20 && !sourceKey() && scroller.scrollTop > 0; step++) {
				scroller.scrollTop -= 60;
				await frame();
				await frame();
			}
			const key = sourceKey();
			if (!key) return false;
			scroller.scrollTop +=
				key.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 4;
			await frame();
			await frame();
			return true;
		});
		assert.ok(aligned, "the item's source is in the JSON view");
		const inSight = await data.innerText();
		assert.match(inSight, new RegExp(MAILS.haneul.fileName));
		assert.match(inSight, /missingKey/);
		await assertNothingOfTheTests();
		await settle({ mouse: CANVAS_CORNER });
		await readmeShot(page, 'needs-review');
	});

	it('README: the AI Agent example — a chat question answered through the node as a tool', async () => {
		emu.clearLog();
		await openWorkflow(WORKFLOW.agent);
		const before = model.chatRequests().length;
		const panel = page.getByTestId('logs-panel');
		if (!(await page.getByPlaceholder(/Type message/).isVisible()))
			await page.getByTestId('workflow-chat-button').click();
		const input = page.getByPlaceholder(/Type message/);
		await input.fill(CHAT_QUESTION);
		await input.press('Enter');
		await canvasNode('Check Business Status')
			.locator('[data-test-id="canvas-node-status-success"]')
			.waitFor({ timeout: 60_000 });
		await canvasNode('AI Agent').locator('[data-test-id="canvas-node-status-success"]').waitFor();
		const requests = model.chatRequests().slice(before);
		assert.equal(
			requests.length,
			2,
			'the model was asked twice: the question, then with the tool result',
		);
		const [toolResult] = JSON.parse(toolMessages(requests[1])[0].content);
		assert.equal(toolResult.statusCode, '01');
		assert.deepEqual(
			emu.log.map((entry) => entry.endpoint),
			['business/status'],
		);
		const answer = page.getByText(/^Yes\. 214-86-01373 is in business/);
		await answer.first().waitFor();
		await resizeLogs(560);
		await panel
			.getByTestId('logs-overview-body')
			.getByText('Check Business Status')
			.first()
			.click();
		await panel
			.getByTestId('log-details-output')
			.getByText('statusCode', { exact: false })
			.first()
			.waitFor();
		await page.getByTestId('zoom-to-fit').click();
		await settle({ mouse: CANVAS_CORNER });
		// Fitted, the example's Read Document tool sits under the canvas's 'Hide chat' button: the canvas is moved
		// right (a sideways scroll, as a user pans) until the node and its name are clear of it.
		const chatButton = page.getByTestId('workflow-chat-button');
		const overlaps = async () => {
			const button = await chatButton.boundingBox();
			const node = await canvasNode('Read Document').boundingBox();
			return (
				button &&
				node &&
				node.x < button.x + button.width + 8 &&
				node.x + node.width > button.x - 8 &&
				node.y + node.height + 30 > button.y
			);
		};
		for (let step = 0; step < 10 && (await overlaps()); step++) {
			await page.mouse.move(...CANVAS_CORNER);
			await page.mouse.wheel(-40, 0);
			await settle({ mouse: CANVAS_CORNER });
		}
		assert.ok(!(await overlaps()), 'Read Document is clear of the chat button');
		await assertNothingOfTheTests();
		await readmeShot(page, 'ai-agent-with-ocr-tool');
	});

	/** The README's credential screenshots: each stored credential opened as a user opens it from the list. */
	const CREDENTIAL_SHOTS = [
		{
			credential: CRED.nhnAppKey,
			title: 'NHN Cloud OCR (App Key) API',
			icon: 'nhnCloud.svg',
			notice: /URL & Appkey/,
			calls: ['nhn:general:v1.0:ok'],
			shot: 'credential-nhn-app-key',
		},
		{
			credential: CRED.nhnUak,
			title: 'NHN Cloud User Access Key API',
			icon: 'nhnCloudUserAccessKey.svg',
			notice: /API Security Settings/,
			// Its test issues a token first (preAuthentication).
			calls: ['token:token/create::ok', 'nhn:general:v1.1:ok'],
			shot: 'credential-nhn-user-access-key',
		},
		{
			credential: CRED.clovaGeneral,
			title: 'CLOVA OCR API',
			icon: 'clova.svg',
			notice: /API Gateway integration/,
			calls: ['clova:general::ok'],
			shot: 'credential-clova',
		},
	];

	for (const spec of CREDENTIAL_SHOTS) {
		it(`README: the ${spec.title} dialog — setup notice, icon, and 'Connection tested successfully' against the emulator`, async () => {
			emu.clearLog();
			// The credential's own address in the list (what a click on its card opens).
			await page.goto(`${server.url}/home/credentials/${spec.credential.id}`);
			const modal = page.getByTestId('editCredential-modal');
			await modal.waitFor();
			// Opening a stored credential tests it again.
			await modal.getByText('Connection tested successfully').waitFor({ timeout: 30_000 });
			assert.deepEqual(
				emu.log.map(
					(entry) => `${entry.provider}:${entry.endpoint}:${entry.apiVersion ?? ''}:${entry.auth}`,
				),
				spec.calls,
			);
			const text = await modal.innerText();
			assert.match(text, new RegExp(spec.credential.name));
			assert.match(text, new RegExp(spec.title.replace(/[()]/g, '\\$&')));
			assert.match(text, spec.notice);
			assert.match(text, /Step-by-step setup/);
			const { icons } = await credentialDialog(modal);
			assert.ok(
				icons.some((icon) => icon.src === iconUrl(spec.icon) && icon.loaded),
				`credential icon: ${JSON.stringify(icons)}`,
			);
			await settle();
			// The dialog down to its last field shown whole (the dialog scrolls below).
			const box = await modal.boundingBox();
			const bottom = Math.max(
				...(
					await modal
						.getByTestId('credential-connection-parameter')
						.evaluateAll((fields) => fields.map((field) => field.getBoundingClientRect().bottom))
				).filter((fieldBottom) => fieldBottom <= box.y + box.height - 8),
			);
			await readmeShot(page, spec.shot, {
				clip: { x: box.x, y: box.y, width: box.width, height: Math.ceil(bottom + 16 - box.y) },
			});
			await page.keyboard.press('Escape');
			await modal.waitFor({ state: 'hidden' });
		});
	}
});
