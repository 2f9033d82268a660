// The two single-service packages as their users get them: each packed tarball holds one provider only, passes the
// lint of n8n's community-package scanner, installs into real n8n 2.41.1 by itself and runs each of its operations
// with each of its credentials through n8n's CLI; installed beside the combined package, the credentials the three
// share (same type names) are one credential that both packages' nodes use.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
	N8nInstance,
	describeFailure,
	freePort,
	installPackage,
	nodeItems,
	packPackage,
} from './lib/n8n.mjs';
import { N8N_DIR, NODE_TYPE, PACKAGE_NAME, ROOT, WORK_DIR } from './lib/paths.mjs';
import { startEmulator } from './lib/tools.mjs';
import { CRED, credentials, workflows } from './lib/workflows.mjs';

const STEP_TIMEOUT = 300_000;
/** The repository, named in each package's links (homepage, bugs, documentation URLs). */
const REPOSITORY_NAME = PACKAGE_NAME;

const PACKAGES = {
	nhn: {
		name: 'n8n-nodes-nhn-cloud-ocr',
		nodeType: 'n8n-nodes-nhn-cloud-ocr.nhnCloudOcr',
		resources: ['nhnGeneralOcr', 'nhnDocumentOcr'],
		credentials: ['nhnCloudOcrApi', 'nhnCloudUserAccessKeyApi'],
		// Text, names and addresses that only the other provider's code or credential has.
		foreign: [/clova/i, /ntruss/i, /X-OCR-SECRET/, /apigw/i, /네이버|클로바/],
	},
	clova: {
		name: 'n8n-nodes-clova-ocr',
		nodeType: 'n8n-nodes-clova-ocr.clovaOcr',
		resources: ['clovaOcr'],
		credentials: ['clovaOcrApi'],
		foreign: [/\bNHN\b/, /nhncloud/i, /nhnCloud/, /X-NHN-Authorization/, /appkeys/, /Document AI/],
	},
};

/** Each package assembled, built, linted and packed by scripts/packages.mjs: { tarball, stage } by key. */
function assemblePackages() {
	const lines = execFileSync(process.execPath, [join(ROOT, 'scripts', 'packages.mjs')], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const built = lines
		.trim()
		.split('\n')
		.map((line) => line.split('\t'));
	return Object.fromEntries(
		Object.entries(PACKAGES).map(([key, pkg]) => {
			const found = built.find(([tarball]) => tarball.includes(`/${pkg.name}-`));
			assert.ok(found, `scripts/packages.mjs made no tarball of ${pkg.name}`);
			return [key, { tarball: found[0], stage: found[1] }];
		}),
	);
}

function unpack(tarball, name) {
	const dir = join(WORK_DIR, 'unpacked', name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
	return dir;
}

function filesIn(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** n8n's community-package scanner (@n8n/scan-community-package), its ESLint step run offline on a folder. */
async function scannerLint(dir, patterns) {
	const require = createRequire(join(N8N_DIR, 'package.json'));
	const scanner = await import(require.resolve('@n8n/scan-community-package/scanner/scanner.mjs'));
	return await scanner.analyzePackage(dir, patterns);
}

/** The workflows of the CLI suite that use `resources`, with the combined node's type replaced by `nodeType`. */
function workflowsFor(emu, pkg) {
	return workflows(emu)
		.filter((workflow) =>
			workflow.nodes.every(
				(node) => node.type !== NODE_TYPE || pkg.resources.includes(node.parameters.resource),
			),
		)
		.filter((workflow) => workflow.nodes.some((node) => node.type === NODE_TYPE))
		.map((workflow) => ({
			...workflow,
			id: `${workflow.id.slice(0, 14)}${pkg.resources[0].slice(0, 2)}`,
			nodes: workflow.nodes.map((node) =>
				node.type === NODE_TYPE ? { ...node, type: pkg.nodeType } : node,
			),
		}));
}

const { nhn } = PACKAGES;
let packed;

describe('single-service packages', { concurrency: false }, () => {
	before(
		() => {
			packed = assemblePackages();
		},
		{ timeout: STEP_TIMEOUT },
	);

	for (const [key, pkg] of Object.entries(PACKAGES)) {
		it(`${pkg.name}: the tarball holds its own node, credentials and icons, and nothing of the other provider`, () => {
			const dir = unpack(packed[key].tarball, pkg.name);
			const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
			assert.equal(manifest.name, pkg.name);
			assert.equal(manifest.n8n.strict, true);
			for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) {
				assert.ok(existsSync(join(dir, file)), `${file} is missing from the tarball`);
				// Every icon the node or credential names (`file:../../icons/x.svg`, relative to its own file).
				const icons = [...readFileSync(join(dir, file), 'utf8').matchAll(/'file:([^']+)'/g)];
				assert.ok(icons.length > 0, `${file} names no icon`);
				for (const [, icon] of icons)
					assert.ok(
						existsSync(join(dir, dirname(file), icon)),
						`${icon}, named by ${file}, is missing from the tarball`,
					);
			}
			assert.ok(existsSync(join(dir, 'LICENSE')), 'LICENSE is missing from the tarball');
			const foreign = [];
			for (const file of filesIn(dir)) {
				// The repository's (and the combined package's) name, in links to the sources and the documentation,
				// names no provider's code.
				const text = (readFileSync(file, 'latin1') + readFileSync(file, 'utf8')).replaceAll(
					REPOSITORY_NAME,
					'',
				);
				for (const pattern of pkg.foreign)
					if (pattern.test(file) || pattern.test(text))
						foreign.push(`${file.slice(dir.length)}: ${pattern}`);
			}
			assert.deepEqual(foreign, []);
		});

		it(`${pkg.name}: n8n's scanner finds no problem in the tarball or in its sources`, async () => {
			const dir = unpack(packed[key].tarball, pkg.name);
			const tarball = await scannerLint(dir, ['**/*.js', 'package.json']);
			assert.ok(tarball.passed, `${tarball.message}\n${tarball.details ?? ''}`);
			const source = await scannerLint(packed[key].stage, [
				'package.json',
				'{nodes,credentials}/**/*.{js,ts,json}',
			]);
			assert.ok(source.passed, `${source.message}\n${source.details ?? ''}`);
		});
	}

	it('the combined package passes n8n’s scanner too, tarball and sources', async () => {
		const dir = unpack(await packPackage(), 'combined');
		const tarball = await scannerLint(dir, ['**/*.js', 'package.json']);
		assert.ok(tarball.passed, `${tarball.message}\n${tarball.details ?? ''}`);
		const source = await scannerLint(ROOT, [
			'package.json',
			'{nodes,credentials}/**/*.{js,ts,json}',
		]);
		assert.ok(source.passed, `${source.message}\n${source.details ?? ''}`);
	});

	it('a credential is the same file in every package that has it: whichever n8n loads, it is this one', async () => {
		const combined = unpack(await packPackage(), 'combined');
		for (const [key, pkg] of Object.entries(PACKAGES)) {
			const single = unpack(packed[key].tarball, pkg.name);
			const shared = filesIn(join(single, 'dist', 'credentials')).filter((file) =>
				file.endsWith('.js'),
			);
			assert.ok(shared.length >= pkg.credentials.length);
			for (const file of shared) {
				const relative = file.slice(single.length);
				assert.equal(
					readFileSync(file, 'utf8'),
					readFileSync(join(combined, relative), 'utf8'),
					`${relative} differs between ${pkg.name} and the combined package`,
				);
			}
		}
	});
});

for (const [key, pkg] of Object.entries(PACKAGES)) {
	describe(`${pkg.name} alone in n8n`, { concurrency: false }, () => {
		let emu;
		let n8n;
		before(
			async () => {
				emu = await startEmulator();
				n8n = new N8nInstance(`package-${key}`, {
					env: { N8N_RUNNERS_BROKER_PORT: String(await freePort()) },
				});
				await n8n.setup(packed[key].tarball);
				await n8n.importCredentials(
					credentials(emu).filter((credential) => pkg.credentials.includes(credential.type)),
				);
			},
			{ timeout: STEP_TIMEOUT },
		);
		after(async () => await emu?.close());

		it(
			'runs each of its operations, with each of its credentials, through n8n execute',
			{ timeout: STEP_TIMEOUT * 2 },
			async () => {
				const list = workflowsFor(emu, pkg);
				await n8n.importWorkflows(list);
				const ran = new Set();
				const usedCredentials = new Set();
				for (const workflow of list) {
					const result = await n8n.execute(workflow.id);
					assert.equal(
						result.code,
						0,
						describeFailure(`n8n execute of "${workflow.name}"`, result),
					);
					assert.equal(result.run?.data.resultData.error, undefined, `"${workflow.name}" failed`);
					for (const node of workflow.nodes.filter((entry) => entry.type === pkg.nodeType)) {
						const items = nodeItems(result.run, node.name);
						assert.ok(items?.length, `"${workflow.name}": node "${node.name}" gave no items`);
						ran.add(`${node.parameters.resource}.${node.parameters.operation}`);
						for (const credential of Object.keys(node.credentials ?? {}))
							usedCredentials.add(credential);
					}
				}
				const require = createRequire(import.meta.url);
				const installed = join(n8n.install.nodesDir, 'node_modules', pkg.name);
				const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
				const NodeClass = Object.values(require(join(installed, manifest.n8n.nodes[0])))[0];
				const description = new NodeClass().description;
				const operations = description.properties
					.filter(
						(property) =>
							property.name === 'operation' && !property.displayOptions?.show?.['@tool']?.[0],
					)
					.flatMap((property) =>
						property.options.map(
							(option) => `${property.displayOptions.show.resource[0]}.${option.value}`,
						),
					);
				assert.deepEqual(
					[...new Set(operations)].filter((operation) => !ran.has(operation)),
					[],
				);
				assert.deepEqual([...usedCredentials].sort(), [...pkg.credentials].sort());
			},
		);
	});
}

describe(
	'the combined package and both single-service packages in one n8n',
	{ concurrency: false },
	() => {
		let emu;
		let n8n;
		before(
			async () => {
				emu = await startEmulator();
				n8n = new N8nInstance('package-all', {
					env: { N8N_RUNNERS_BROKER_PORT: String(await freePort()) },
				});
				await n8n.setup(await packPackage());
				for (const { tarball } of Object.values(packed))
					await installPackage(n8n.userFolder, tarball);
				await n8n.importCredentials(credentials(emu));
			},
			{ timeout: STEP_TIMEOUT },
		);
		after(async () => await emu?.close());

		it('one stored credential serves the combined node and the single-service node in one workflow', async () => {
			const general = (name, type) => ({
				name,
				type,
				typeVersion: 1,
				parameters: {
					resource: 'nhnGeneralOcr',
					operation: 'recognizeText',
					authentication: 'appKeySecretKey',
					inputType: 'url',
					imageUrl: emu.fileUrl('receipt-ko.png'),
					output: 'document',
				},
				credentials: { nhnCloudOcrApi: { id: CRED.nhnAppKey.id, name: CRED.nhnAppKey.name } },
			});
			const nodes = [
				{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} },
				general('Combined', NODE_TYPE),
				general('NHN package', nhn.nodeType),
			].map((node, index) => ({ ...node, id: `shared-${index}`, position: [index * 220, 0] }));
			const workflow = {
				id: 'e2eWfSharedCred1',
				name: 'One credential, two packages',
				active: false,
				nodes,
				connections: {
					Start: { main: [[{ node: 'Combined', type: 'main', index: 0 }]] },
					Combined: { main: [[{ node: 'NHN package', type: 'main', index: 0 }]] },
				},
				settings: { executionOrder: 'v1' },
				pinData: {},
			};
			await n8n.importWorkflows([workflow]);
			emu.clearLog();
			const result = await n8n.execute(workflow.id);
			assert.equal(result.code, 0, describeFailure('n8n execute', result));
			assert.equal(result.run?.data.resultData.error, undefined);
			const [combined] = nodeItems(result.run, 'Combined');
			const [single] = nodeItems(result.run, 'NHN package');
			assert.equal(single.json.text, combined.json.text);
			assert.equal(emu.log.filter((entry) => entry.provider === 'nhn').length, 2);
		});
	},
);
