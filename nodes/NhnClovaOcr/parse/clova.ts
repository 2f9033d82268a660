import { z } from 'zod';

const vertices = z.array(z.object({ x: z.number(), y: z.number() }));
const boundingPoly = z.object({ vertices }).optional();
const bounding = z
	.object({ top: z.number(), left: z.number(), width: z.number(), height: z.number() })
	.optional();

const subField = z.object({
	inferText: z.string().optional().default(''),
	inferConfidence: z.number().optional(),
	boundingPoly,
	bounding,
	lineBreak: z.boolean().optional(),
});

export const clovaField = z.object({
	name: z.string().optional(),
	valueType: z.string().optional(),
	inferText: z.string().optional().default(''),
	inferConfidence: z.number().optional(),
	boundingPoly,
	bounding,
	type: z.enum(['NORMAL', 'MULTI_BOX', 'CHECKBOX']).optional(),
	checked: z.boolean().optional(),
	lineBreak: z.boolean().optional(),
	subFields: z.array(subField).optional(),
});
export type ClovaField = z.infer<typeof clovaField>;

const cellWord = z.object({
	inferText: z.string(),
	inferConfidence: z.number().optional(),
	boundingPoly,
});
const cellTextLine = z.object({
	cellWords: z.array(cellWord),
	inferConfidence: z.number().optional(),
	boundingPoly,
});
const cell = z.object({
	cellTextLines: z.array(cellTextLine).optional().default([]),
	boundingPoly,
	inferConfidence: z.number().optional(),
	rowSpan: z.number().int().min(1).optional().default(1),
	rowIndex: z.number().int().min(0),
	columnSpan: z.number().int().min(1).optional().default(1),
	columnIndex: z.number().int().min(0),
});
const table = z.object({
	cells: z.array(cell),
	boundingPoly,
	inferConfidence: z.number().optional(),
});
export type ClovaTable = z.infer<typeof table>;

const combine = z.object({ name: z.string().optional(), text: z.string().optional() });

export const clovaImage = z.object({
	uid: z.string().optional(),
	name: z.string().optional(),
	inferResult: z.string(),
	message: z.string().optional().default(''),
	matchedTemplate: z.object({ id: z.number(), name: z.string().optional() }).optional(),
	title: clovaField.optional(),
	fields: z.array(clovaField).optional().default([]),
	validationResult: z.object({ result: z.string(), message: z.string().optional() }).optional(),
	convertedImageInfo: z
		.object({
			width: z.number().optional(),
			height: z.number().optional(),
			pageIndex: z.number().int().min(0).optional(),
			longImage: z.boolean().optional(),
		})
		.optional(),
	combineResult: z.union([combine, z.array(combine)]).optional(),
	tables: z.array(table).optional(),
});
export type ClovaImage = z.infer<typeof clovaImage>;

export const clovaResponse = z.object({
	version: z.string().optional(),
	requestId: z.string().optional(),
	timestamp: z.number().optional(),
	images: z.array(clovaImage).min(1),
});
export type ClovaResponse = z.infer<typeof clovaResponse>;

export const clovaErrorBody = z.object({
	code: z.union([z.string(), z.number()]).transform(String),
	message: z.string().optional().default(''),
	path: z.string().optional(),
	timestamp: z.number().optional(),
	traceId: z.string().optional(),
});
