import type { INodeExecutionData } from 'n8n-workflow';
import type { FixtureFile } from '../../fixtures/catalog';
import {
	businessRegistrationLowJpg,
	businessRegistrationPdf,
	businessRegistrationPng,
} from '../../fixtures/catalog';
import { runWorkflow, type BinaryMode, type HarnessWorkflow } from '../../harness';
import { sha256Of } from '../nhnSetup';
import { appKeyCredential, binaryModes, pairedItems, useEmulator } from '../setup';
import { skipFilesWorkflow } from './skipFilesWorkflow';

const emulator = useEmulator();
const threeFiles = [businessRegistrationPng, businessRegistrationLowJpg, businessRegistrationPdf];
/** A saved workflow (its own id, so its memory of files is its own): Files → OCR. */
const workflow = (
	parameters: Record<string, unknown>,
	files: FixtureFile[] = threeFiles,
	settings: { continueOnFail?: boolean } = {},
) => skipFilesWorkflow(files, { ...settings, parameters });

/** Runs the workflow and returns the OCR node's items and the OCR calls the run made. */
async function execute(saved: HarnessWorkflow, binaryMode: BinaryMode = 'default') {
	emulator().clearLog();
	const result = await runWorkflow(saved, {
		credentials: [{ ...appKeyCredential(emulator()), id: 'nhn', name: 'NHN' }],
		binaryMode,
	});
	if (result.error) throw new Error(`The run failed: ${result.error.message}`);
	return {
		items: result.output('OCR'),
		// Items in Parallel sends several files at once: the order the emulator finishes reading them is not defined.
		calls: emulator()
			.log.filter((entry) => entry.provider === 'nhn')
			.map((entry) => entry.fileName)
			.sort(),
	};
}

const skippedFiles = (items: INodeExecutionData[]) =>
	items.filter((item) => item.json.skipped === true).map((item) => item.json.sha256);

describe.each(binaryModes)('Skip Files Already Read, binary mode %s', (binaryMode) => {
	it('a second run over the same three files makes no OCR call and says so per file', async () => {
		const saved = workflow({});
		const first = await execute(saved, binaryMode);
		expect(first.calls).toEqual(threeFiles.map((file) => file.name).sort());
		expect(first.items.map((item) => item.json.skipped)).toEqual([undefined, undefined, undefined]);

		const second = await execute(saved, binaryMode);
		expect(second.calls).toEqual([]);
		expect(pairedItems(second.items)).toEqual([0, 1, 2]);
		second.items.forEach((item, index) => {
			expect(item.json).toEqual({
				skipped: true,
				reason: 'alreadyRead',
				message: expect.stringContaining('was read before by this workflow'),
				sha256: sha256Of(threeFiles[index]),
				source: {
					fileName: threeFiles[index].name,
					mimeType: threeFiles[index].mimeType,
					resource: 'nhnDocumentOcr',
					operation: 'recognizeBusinessRegistration',
				},
			});
		});
	});
});

describe('Skip Files Already Read', () => {
	it('does not remember a failed call: the next run reads that file and skips the others', async () => {
		const saved = workflow({}, threeFiles, { continueOnFail: true });
		emulator().inject({
			kind: 'apiError',
			nhnResultCode: 4000103,
			times: 1,
			match: { endpoint: 'business' },
		});
		const first = await execute(saved);
		expect(first.items[0].json.error).toEqual(expect.any(String));
		const second = await execute(saved);
		expect(second.calls).toEqual([businessRegistrationPng.name]);
		expect(second.items[0].json.fields).toMatchObject({ registrationNumber: '214-86-01373' });
		expect(skippedFiles(second.items)).toEqual([
			sha256Of(businessRegistrationLowJpg),
			sha256Of(businessRegistrationPdf),
		]);
	});

	it('skips the same file the second time within one run too', async () => {
		const { calls, items } = await execute(
			workflow({}, [businessRegistrationPng, businessRegistrationPng]),
		);
		expect(calls).toEqual([businessRegistrationPng.name]);
		expect(skippedFiles(items)).toEqual([sha256Of(businessRegistrationPng)]);
		expect(pairedItems(items)).toEqual([0, 1]);
	});

	it("'Read Them Again' reads the file anyway (and remembers it again)", async () => {
		const saved = workflow({});
		await execute(saved);
		saved.nodes[1].parameters.filesReadBefore = 'readAgain';
		expect((await execute(saved)).calls).toHaveLength(3);
		saved.nodes[1].parameters.filesReadBefore = 'skip';
		expect((await execute(saved)).calls).toEqual([]);
	});

	it("'Forget All, Then Read' clears the memory once at the start of the run; the files are remembered again", async () => {
		const saved = workflow({});
		await execute(saved);
		saved.nodes[1].parameters.filesReadBefore = 'forgetAll';
		const forgetting = await execute(saved);
		expect(forgetting.calls).toEqual(threeFiles.map((file) => file.name).sort());
		saved.nodes[1].parameters.filesReadBefore = 'skip';
		expect((await execute(saved)).calls).toEqual([]);
	});

	it('remembers per workflow and per operation: another workflow, or another operation on the same file, still calls', async () => {
		const saved = workflow({}, [businessRegistrationPng]);
		await execute(saved);
		expect((await execute(workflow({}, [businessRegistrationPng]))).calls).toHaveLength(1);
		saved.nodes[1].parameters = {
			...saved.nodes[1].parameters,
			resource: 'nhnGeneralOcr',
			operation: 'recognizeText',
			output: 'fields',
		};
		expect((await execute(saved)).calls).toEqual([businessRegistrationPng.name]);
	});

	it('without the option every run calls the service, as before', async () => {
		const saved = workflow({ skipFilesAlreadyRead: false }, [businessRegistrationPng]);
		expect((await execute(saved)).calls).toHaveLength(1);
		expect((await execute(saved)).calls).toHaveLength(1);
	});
});
