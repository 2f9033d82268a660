// Every resource/operation the node's description offers, read from the description itself, and an input each
// runs with against the emulator. The defaults, schema and tool-mode tests iterate over these, so an operation
// added later is covered as soon as it is in the description: without a known sample, one is searched for.
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NhnClovaOcr } from '../../nodes/NhnClovaOcr/NhnClovaOcr.node';
import type { Emulator } from '../emulator';
import {
	allFiles,
	businessNumbers,
	businessRegistrationPng,
	claimFormPng,
	creditCardPng,
	invoiceTablePng,
	longBannerPng,
	receiptKoPng,
	type FixtureFile,
	receiptMartPng,
	documentAiPrompts,
	taxInvoicePng,
} from '../fixtures/catalog';
import { runNode, type HarnessCredential, type HarnessItem, type HarnessRun } from '../harness';
import { appKeyCredential, fileItem } from '../node/setup';

export const description = new NhnClovaOcr().description;

export interface OperationSpec {
	resource: string;
	operation: string;
	/** The top-level parameters shown for this operation (n8n's displayOptions). */
	properties: INodeProperties[];
	/** The Options collection's options. */
	options: INodeProperties[];
	/** The values of Output, the first being its default. */
	outputs: string[];
	defaultOutput: string;
	takesFile: boolean;
}

function shownFor(property: INodeProperties, resource: string, operation: string): boolean {
	const show = property.displayOptions?.show ?? {};
	const allows = (name: string, value: string) =>
		!show[name] || (show[name] as unknown[]).includes(value);
	return allows('resource', resource) && allows('operation', operation);
}

export function operationSpecs(): OperationSpec[] {
	const resourceProperty = description.properties.find((property) => property.name === 'resource');
	const resources = ((resourceProperty?.options ?? []) as INodePropertyOptions[]).map((option) =>
		String(option.value),
	);
	return resources.flatMap((resource) => {
		const operationProperty = description.properties.find(
			(property) =>
				property.name === 'operation' &&
				(property.displayOptions?.show?.resource as string[] | undefined)?.includes(resource),
		);
		return ((operationProperty?.options ?? []) as INodePropertyOptions[]).map((option) => {
			const operation = String(option.value);
			const properties = description.properties.filter(
				(property) =>
					property.name !== 'operation' &&
					property.name !== 'resource' &&
					shownFor(property, resource, operation),
			);
			const output = properties.find((property) => property.name === 'output');
			const outputs = ((output?.options ?? []) as INodePropertyOptions[]).map((shape) =>
				String(shape.value),
			);
			return {
				resource,
				operation,
				properties,
				options: (properties.find((property) => property.name === 'options')?.options ??
					[]) as INodeProperties[],
				outputs,
				defaultOutput: String(output?.default ?? outputs[0]),
				takesFile: properties.some((property) => property.name === 'inputType'),
			};
		});
	});
}

export interface Sample {
	parameters: Record<string, unknown>;
	items: HarnessItem[];
	credentials: HarnessCredential[];
}

function clova(emulator: Emulator, domain: keyof Emulator['clova']): HarnessCredential {
	const { invokeUrl, secretKey } = emulator.clova[domain];
	return { type: 'clovaOcrApi', data: { invokeUrl, secretKey } };
}

const fileSample = (
	file: FixtureFile,
	credentials: HarnessCredential[],
	parameters: Record<string, unknown> = {},
): Sample => ({
	parameters: { inputType: 'binary', ...parameters },
	items: [fileItem(file)],
	credentials,
});

/** The sample of each known operation: a fixture the emulator answers for, and the credential it needs. */
const knownSamples: Record<string, (emulator: Emulator) => Sample> = {
	'nhnGeneralOcr.recognizeText': (emulator) =>
		fileSample(receiptKoPng, [appKeyCredential(emulator)]),
	'nhnGeneralOcr.recognizeLongImage': (emulator) =>
		fileSample(longBannerPng, [appKeyCredential(emulator)]),
	'nhnDocumentOcr.recognizeBusinessRegistration': (emulator) =>
		fileSample(businessRegistrationPng, [appKeyCredential(emulator)]),
	'nhnDocumentOcr.recognizeCreditCard': (emulator) =>
		fileSample(creditCardPng, [appKeyCredential(emulator)]),
	'nhnDocumentOcr.checkBusinessStatus': (emulator) => ({
		parameters: { businessNumber: businessNumbers.byStatus['01'] },
		items: [{}],
		credentials: [appKeyCredential(emulator)],
	}),
	'clovaOcr.recognizeText': (emulator) => fileSample(invoiceTablePng, [clova(emulator, 'general')]),
	'clovaOcr.recognizeTemplate': (emulator) =>
		fileSample(claimFormPng, [clova(emulator, 'template')]),
	'clovaOcr.recognizeReceipt': (emulator) =>
		fileSample(receiptMartPng, [clova(emulator, 'receipt')]),
	'clovaOcr.recognizeBusinessLicense': (emulator) =>
		fileSample(businessRegistrationPng, [clova(emulator, 'bizLicense')]),
	'nhnDocumentOcr.askAboutDocument': (emulator) =>
		fileSample(receiptMartPng, [appKeyCredential(emulator)], { prompt: documentAiPrompts.json }),
	'nhnDocumentOcr.extractFields': (emulator) =>
		fileSample(taxInvoicePng, [appKeyCredential(emulator)]),
};

function credentialCandidates(emulator: Emulator, resource: string): HarnessCredential[] {
	if (resource.startsWith('nhn')) return [appKeyCredential(emulator)];
	return (Object.keys(emulator.clova) as Array<keyof Emulator['clova']>).map((domain) =>
		clova(emulator, domain),
	);
}

/** Runs `spec` with its sample; extra parameters (output, options…) on top. */
export async function runSample(
	emulator: Emulator,
	spec: OperationSpec,
	extra: Record<string, unknown> = {},
	sample?: Sample,
): Promise<HarnessRun> {
	const chosen = sample ?? (await sampleFor(emulator, spec));
	return await runNode({
		parameters: {
			resource: spec.resource,
			operation: spec.operation,
			...chosen.parameters,
			...extra,
		},
		items: chosen.items,
		credentials: chosen.credentials,
	});
}

const found = new Map<string, Sample>();

/**
 * The known sample, or — for an operation added since — the first fixture file and credential the emulator
 * answers without an error.
 */
export async function sampleFor(emulator: Emulator, spec: OperationSpec): Promise<Sample> {
	const key = `${spec.resource}.${spec.operation}`;
	const known = knownSamples[key];
	if (known) return known(emulator);
	const cached = found.get(key);
	if (cached) return cached;
	const candidates = spec.takesFile
		? allFiles.flatMap((file) =>
				credentialCandidates(emulator, spec.resource).map((credential) =>
					fileSample(file, [credential]),
				),
			)
		: [];
	for (const candidate of candidates) {
		const run = await runSample(emulator, spec, {}, candidate);
		if (!run.error && run.items.length && !run.items.some((item) => item.json.kind === 'empty')) {
			found.set(key, candidate);
			return candidate;
		}
	}
	throw new Error(
		`No sample input for ${key}: add one to knownSamples in test/package/operations.ts`,
	);
}
