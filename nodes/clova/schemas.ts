import { z } from 'zod';
import {
	arrayCheck,
	inPlace,
	isBoolean,
	isNumber,
	isString,
	objectCheck,
	optional,
	optionalArray,
	optionalObject,
	required,
	type Check,
} from '../core/parse/inPlace';

interface Vertex {
	x: number;
	y: number;
}
interface BoundingPoly {
	vertices: Vertex[];
}
interface Bounding {
	top: number;
	left: number;
	width: number;
	height: number;
}

export interface ClovaSubField {
	inferText?: string;
	inferConfidence?: number;
	boundingPoly?: BoundingPoly;
	bounding?: Bounding;
	lineBreak?: boolean;
}

export interface ClovaField extends ClovaSubField {
	name?: string;
	valueType?: string;
	type?: 'NORMAL' | 'MULTI_BOX' | 'CHECKBOX';
	checked?: boolean;
	subFields?: ClovaSubField[];
}

interface ClovaCell {
	cellTextLines?: Array<{
		cellWords: Array<{ inferText: string; inferConfidence?: number; boundingPoly?: BoundingPoly }>;
		inferConfidence?: number;
		boundingPoly?: BoundingPoly;
	}>;
	boundingPoly?: BoundingPoly;
	inferConfidence?: number;
	rowSpan?: number;
	rowIndex: number;
	columnSpan?: number;
	columnIndex: number;
}

export interface ClovaTable {
	cells: ClovaCell[];
	boundingPoly?: BoundingPoly;
	inferConfidence?: number;
}

// Words and table cells repeat thousands of times in an answer: they are checked in place (see inPlace.ts).
const vertex = objectCheck([
	(point) => (isNumber(point.x) ? undefined : { path: ['x'], message: 'Expected number' }),
	(point) => (isNumber(point.y) ? undefined : { path: ['y'], message: 'Expected number' }),
]);
const boundingPoly = optionalObject(
	'boundingPoly',
	objectCheck([(poly) => withPath('vertices', arrayCheck(vertex)(poly.vertices))]),
);
const bounding = optionalObject(
	'bounding',
	objectCheck(
		['top', 'left', 'width', 'height'].map(
			(key) => (rect: Record<string, unknown>) =>
				isNumber(rect[key]) ? undefined : { path: [key], message: 'Expected number' },
		),
	),
);
const subFieldChecks = [
	optional('inferText', 'string', isString),
	optional('inferConfidence', 'number', isNumber),
	boundingPoly,
	bounding,
	optional('lineBreak', 'boolean', isBoolean),
];
const fieldCheck = objectCheck([
	...subFieldChecks,
	optional('name', 'string', isString),
	optional('valueType', 'string', isString),
	optional('type', "'NORMAL' | 'MULTI_BOX' | 'CHECKBOX'", (type) =>
		['NORMAL', 'MULTI_BOX', 'CHECKBOX'].includes(type as string),
	),
	optional('checked', 'boolean', isBoolean),
	optionalArray('subFields', objectCheck(subFieldChecks)),
]);
const index = (key: string) =>
	optional(key, 'a whole number ≥ 0', (value) => Number.isInteger(value) && (value as number) >= 0);
// The TableCell model in the Custom API document shows `"rowSpan":0`, `"columnSpan":0`; its text says how many rows
// or columns a cell spans. 0 is accepted and read as 1 (see `spansOfOne`).
const span = (key: string) =>
	optional(key, 'a whole number ≥ 0', (value) => Number.isInteger(value) && (value as number) >= 0);
const cellCheck = objectCheck([
	optionalArray(
		'cellTextLines',
		objectCheck([
			required('cellWords'),
			optionalArray(
				'cellWords',
				objectCheck([
					required('inferText'),
					optional('inferText', 'string', isString),
					optional('inferConfidence', 'number', isNumber),
					boundingPoly,
				]),
			),
			optional('inferConfidence', 'number', isNumber),
			boundingPoly,
		]),
	),
	boundingPoly,
	optional('inferConfidence', 'number', isNumber),
	span('rowSpan'),
	required('rowIndex'),
	index('rowIndex'),
	span('columnSpan'),
	required('columnIndex'),
	index('columnIndex'),
]);
const tableCheck = objectCheck([
	required('cells'),
	optionalArray('cells', cellCheck),
	boundingPoly,
	optional('inferConfidence', 'number', isNumber),
]);

function withPath(key: string, problem: ReturnType<Check>): ReturnType<Check> {
	return problem && { path: [key, ...problem.path], message: problem.message };
}

export const clovaField = inPlace<ClovaField>(fieldCheck);
const fields = inPlace<ClovaField[]>(arrayCheck(fieldCheck));

const zeroSpan = (cell: ClovaCell) => cell.rowSpan === 0 || cell.columnSpan === 0;

/** A span of 0 read as 1; only a table that has one is copied (the answer itself stays as CLOVA sent it). */
function spansOfOne(tables: ClovaTable[]): ClovaTable[] {
	if (!tables.some((table) => table.cells.some(zeroSpan))) return tables;
	return tables.map((table) =>
		table.cells.some(zeroSpan)
			? {
					...table,
					cells: table.cells.map((cell) =>
						zeroSpan(cell)
							? { ...cell, rowSpan: cell.rowSpan || 1, columnSpan: cell.columnSpan || 1 }
							: cell,
					),
				}
			: table,
	);
}
const tables = inPlace<ClovaTable[]>(arrayCheck(tableCheck)).transform(spansOfOne);

/** The V1 field table types `title` as a string; its JSON model and V2 make it an ImageField object. */
const title = z.union([
	z.string().transform((text): ClovaField => ({ inferText: text })),
	clovaField,
]);

const combine = z.object({ name: z.string().optional(), text: z.string().optional() });

export const clovaImage = z.object({
	uid: z.string().optional(),
	name: z.string().optional(),
	inferResult: z.string(),
	message: z.string().optional().default(''),
	matchedTemplate: z.object({ id: z.number(), name: z.string().optional() }).optional(),
	title: title.optional(),
	fields: fields.optional(),
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
	tables: tables.optional(),
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
	// The documented codes are texts of four digits ("0002"); a code sent as a number has lost its zeros.
	code: z.union([z.string(), z.number().transform((code) => String(code).padStart(4, '0'))]),
	message: z.string().optional().default(''),
	path: z.string().optional(),
	timestamp: z.number().optional(),
	traceId: z.string().optional(),
});
