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

export const nhnGeneralResult = z.object({
	fileType: z.string().optional(),
	listOfInferTexts,
	listOfBoundingBoxes: listOfBoundingBoxes.optional().default([]),
	slicesImages: z.number().int().optional(),
});
export type NhnGeneralResult = z.infer<typeof nhnGeneralResult>;

export const nhnBusinessResult = z.object({
	fileType: z.string().optional(),
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

export const nhnCreditCardResult = z.object({
	fileType: z.string().optional(),
	resolution: z.string().optional(),
	cardNums: recognizedList,
	totalCardNum: z.string().optional(),
	cardNumBoxes: quads.optional().default([]),
	validThru: recognized.optional(),
	validThruBox: quad.optional(),
});
export type NhnCreditCardResult = z.infer<typeof nhnCreditCardResult>;
