/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { successImage } from '../../emulator/clova/results';
import { sniff } from '../../emulator/files/sniff';
import { clovaFixtureSchema, nhnFixtureSchema } from '../../emulator/fixture-store';
import { DEMO_CLOVA } from '../../emulator/config';
import { RESPONSES_DIR, type FixtureFile } from '../../fixtures/catalog';
import type { ShapedResult } from '../../../nodes/core/model/result';
import { shapeOutput } from '../../../nodes/core/output';

/**
 * The services' answers for the sample files, built from test/fixtures/responses by the emulator's own answer
 * builders (no server, no engine), so a unit test sees exactly the body the node would receive.
 */
type NhnEndpoint = 'nhn-general' | 'nhn-general-cropping' | 'nhn-business' | 'nhn-credit-card';

function fixture(file: FixtureFile, endpoint: string): unknown {
	return JSON.parse(readFileSync(join(RESPONSES_DIR, `${file.name}.${endpoint}.json`), 'utf8'));
}

/** NHN's `result` for a sample file, and the whole envelope as NHN sends it. */
export function nhnAnswer(file: FixtureFile, endpoint: NhnEndpoint) {
	const stored = nhnFixtureSchema.parse(fixture(file, endpoint));
	if (!('result' in stored))
		throw new Error(`${file.name} answers resultCode ${stored.resultCode}`);
	return {
		result: stored.result as unknown,
		raw: { header: { isSuccessful: true, resultCode: 0, resultMessage: 'SUCCESS' }, ...stored },
	};
}

export interface ClovaAnswerOptions {
	version?: 'V1' | 'V2';
	tables?: boolean;
	combineResultAsArray?: boolean;
}

/** The body CLOVA sends for a sample file (V2 unless asked), `/general` or `/infer`. */
export function clovaAnswer(
	file: FixtureFile,
	endpoint: 'general' | 'infer',
	options: ClovaAnswerOptions = {},
): Record<string, unknown> {
	const stored = clovaFixtureSchema.parse(fixture(file, `clova-${endpoint}`));
	const bytes = readFileSync(file.path);
	const sniffed = sniff(bytes);
	const version = options.version ?? 'V2';
	const ctx = {
		name: file.name,
		requestId: 'unit-request',
		fileSha256: createHash('sha256').update(bytes).digest('hex'),
		v2: version === 'V2',
		document: sniffed.kind === 'pdf' || sniffed.kind === 'tiff',
		tables: options.tables ?? false,
		combineResultAsArray: options.combineResultAsArray ?? false,
	};
	const template = DEMO_CLOVA.template.templates.find((t) => t.id === stored.templateId);
	const matched = template && { id: template.id, name: template.name };
	return {
		version,
		requestId: ctx.requestId,
		timestamp: 1_773_478_800_000,
		images: stored.pages.map((page, i) =>
			successImage(ctx, page, i, sniffed.pages[i] ?? sniffed.pages[0], matched),
		),
	};
}

/** The items one input item gives, for an output shape and its options. */
export function shape(
	result: ShapedResult,
	output: 'fields' | 'document' | 'tableRows' | 'raw',
	options: IDataObject = {},
	inputData?: INodeExecutionData[],
): INodeExecutionData[] {
	const items = shapeOutput(
		result,
		{
			shape: output,
			minConfidence: Number(options.minConfidence ?? 0),
			includeBoxes: options.includeBoundingBoxes === true,
			keepBinary: options.keepBinary === true,
			headerRow: options.headerRow !== false,
		},
		inputData?.[0],
	);
	return items.map((item) => ({ ...item, pairedItem: { item: 0 } }));
}

export const json = (items: INodeExecutionData[]) => items.map((item) => item.json);
