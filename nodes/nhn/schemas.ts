import { z } from 'zod';
import {
	arrayCheck,
	inPlace,
	isNumber,
	isString,
	objectCheck,
	optionalArray,
	required,
	requiredOf,
} from '../core/parse/inPlace';

const CORNERS = ['x1', 'y1', 'x2', 'y2', 'x3', 'y3', 'x4', 'y4'] as const;
type Quad = Record<(typeof CORNERS)[number], number>;
interface Recognized {
	value: string;
	conf: number;
}

const quadCheck = objectCheck(CORNERS.map((corner) => requiredOf(corner, 'number', isNumber)));
const recognizedCheck = objectCheck([
	requiredOf('value', 'string', isString),
	requiredOf('conf', 'number', isNumber),
]);

const quad = inPlace<Quad>(quadCheck);
const recognized = inPlace<Recognized>(recognizedCheck);

// Words and their boxes repeat hundreds or thousands of times in an answer: checked in place, as CLOVA's are
// (see inPlace.ts).
const listOfInferTexts = inPlace<Array<{ inferTexts: Recognized[] }>>(
	arrayCheck(objectCheck([required('inferTexts'), optionalArray('inferTexts', recognizedCheck)])),
);
const listOfBoundingBoxes = inPlace<Array<{ boundingBoxes: Quad[] }>>(
	arrayCheck(objectCheck([required('boundingBoxes'), optionalArray('boundingBoxes', quadCheck)])),
);
const quads = inPlace<Quad[]>(arrayCheck(quadCheck));
const recognizedList = inPlace<Recognized[]>(arrayCheck(recognizedCheck));

export const nhnEnvelope = z.object({
	header: z.object({
		isSuccessful: z.boolean(),
		resultCode: z.number(),
		resultMessage: z.string().optional().default(''),
	}),
	result: z.unknown().optional(),
});

/** The field tables write `fileType` as ".png" (Document OCR), the examples as "png": kept without the dot. */
const fileType = z
	.string()
	.transform((value) => value.trim().replace(/^\./, ''))
	.optional();

/** General OCR v1.0's field table (seeds/004) names the word list `values`, its example `listOfInferTexts`. */
function valuesAsListOfInferTexts(value: unknown): unknown {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
	const result = value as Record<string, unknown>;
	return result.listOfInferTexts === undefined && result.values !== undefined
		? { ...result, listOfInferTexts: result.values }
		: value;
}

export const nhnGeneralResult = z.preprocess(
	valuesAsListOfInferTexts,
	z.object({
		fileType,
		listOfInferTexts,
		listOfBoundingBoxes: listOfBoundingBoxes.optional().default([]),
		slicesImages: z.number().int().optional(),
	}),
);
export type NhnGeneralResult = z.infer<typeof nhnGeneralResult>;

export const nhnBusinessResult = z.object({
	fileType,
	unitType: z.string().optional(),
	keyValues: z.array(z.object({ key: z.string(), value: z.string(), conf: z.number().optional() })),
	boxes: quads.optional().default([]),
	resolution: z.string().optional(),
});
export type NhnBusinessResult = z.infer<typeof nhnBusinessResult>;

export const nhnBusinessStatusResult = z.object({
	statusCode: z.string(),
	statusMessage: z.string().optional().default(''),
});
export type NhnBusinessStatusResult = z.infer<typeof nhnBusinessStatusResult>;

/**
 * `totalCardNum`: the field table types it List, the example gives a string ("111222233334444"). A list (of texts,
 * or of `{ value, conf }` like `cardNums`) is read as its parts put together, so the card reads the same either way.
 */
const totalCardNum = z.union([
	z.string(),
	z
		.array(z.union([z.string(), z.object({ value: z.string() }).passthrough()]))
		.transform((parts) =>
			parts.map((part) => (typeof part === 'string' ? part : part.value)).join(''),
		),
]);

export const nhnCreditCardResult = z.object({
	fileType,
	resolution: z.string().optional(),
	cardNums: recognizedList,
	totalCardNum: totalCardNum.optional(),
	cardNumBoxes: quads.optional().default([]),
	validThru: recognized.optional(),
	validThruBox: quad.optional(),
});
export type NhnCreditCardResult = z.infer<typeof nhnCreditCardResult>;

/** `result` of NHN Document AI: `llmResponse` is its only documented key; others are kept. */
export const documentAiResult = z.object({ llmResponse: z.string() }).passthrough();
export type DocumentAiResult = z.infer<typeof documentAiResult>;
