/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { claimFormPng, templates } from '../fixtures/catalog';
import { binaryModes, pairedItems, succeeded, useEmulator } from './setup';
import {
	clovaCalls,
	clovaInput,
	clovaInputKinds,
	clovaVersions,
	json,
	runClova,
	sentImage,
	sentMessage,
} from './clovaSetup';

const emulator = useEmulator();
const form = claimFormPng;
const formSha256 = createHash('sha256').update(readFileSync(form.path)).digest('hex');
const { policyId, claimant, faxChecked, emailUnchecked } = form.fields;
const namedFields = [policyId, claimant, faxChecked, emailUnchecked];

// Every shape of both versions is checked exactly at the bottom (test/unit/responses/clova.test.ts); through the
// engine, each input kind in each binary mode sends one V1 and one V2 request.
const cases = [
	['V1', 'raw'],
	['V2', 'document'],
] as const satisfies ReadonlyArray<readonly [(typeof clovaVersions)[number], string]>;

describe.each(binaryModes)('CLOVA OCR › Recognize Template, binary mode %s', (binaryMode) => {
	describe.each(clovaInputKinds)('input sent as %s', (kind) => {
		it.each(cases)(
			"%s, %s output: the claim form's named fields, matched template and the request CLOVA received",
			async (version, output) => {
				const input = clovaInput(emulator(), kind, form, { version });
				const parameters = {
					...input.parameters,
					output,
					templateIds: String(templates.released.id),
				};
				const items = succeeded(
					await runClova(emulator(), 'recognizeTemplate', parameters, input.items, { binaryMode }),
				);

				const calls = clovaCalls(emulator());
				expect(calls).toHaveLength(1);
				const [call] = calls;
				expect(call).toMatchObject({
					endpoint: 'infer',
					auth: 'ok',
					status: 200,
					apiVersion: version,
					fileSha256: formSha256,
				});
				expect(call.contentType).toMatch(
					kind === 'multipart' ? /^multipart\/form-data; boundary=/ : /^application\/json/,
				);
				expect(sentMessage(call)).toMatchObject({ version });
				expect(sentMessage(call).enableTableDetection).toBeUndefined();
				expect(sentImage(call)).toMatchObject({
					format: 'png',
					name: form.name,
					templateIds: [templates.released.id],
				});
				expect(pairedItems(items).every((index) => index === 0)).toBe(true);
				const file =
					kind === 'url'
						? { url: emulator().fileUrl(form.name), fileName: form.name }
						: { fileName: form.name, mimeType: 'image/png' };
				const source = {
					...file,
					template: { id: templates.released.id, name: templates.released.name },
				};

				if (output === 'document') {
					expect(items).toHaveLength(1);
					const [document] = json(items);
					expect(document).toMatchObject({
						fields: Object.fromEntries(namedFields.map((field) => [field.name, field.text])),
						matchedTemplate: templates.released,
						title: form.title,
						validationResult: form.validationResult,
						combineResult: [form.combineResult],
						version,
						imageName: form.name,
						pageCount: 1,
					});
					if (version === 'V2')
						expect(document.checked).toEqual({
							[faxChecked.name]: true,
							[emailUnchecked.name]: false,
						});
					else expect(document.checked).toBeUndefined();
					expect(document.source).toEqual({
						...source,
						resource: 'clovaOcr',
						operation: 'recognizeTemplate',
						page: 0,
					});
				}
				if (output === 'raw') {
					const raw = items[0].json as {
						version: string;
						images: Array<Record<string, unknown>>;
						source: unknown;
					};
					expect(raw.version).toBe(version);
					expect(raw.images[0]).toMatchObject({
						name: form.name,
						inferResult: 'SUCCESS',
						matchedTemplate: templates.released,
						combineResult: form.combineResult,
					});
					expect(raw.source).toEqual({
						...source,
						resource: 'clovaOcr',
						operation: 'recognizeTemplate',
					});
				}
			},
		);
	});
});
