import { z } from 'zod';

const quad = z.object({
	x1: z.number(),
	y1: z.number(),
	x2: z.number(),
	y2: z.number(),
	x3: z.number(),
	y3: z.number(),
	x4: z.number(),
	y4: z.number(),
});

const recognized = z.object({ value: z.string(), conf: z.number() });

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
	listOfInferTexts: z.array(z.object({ inferTexts: z.array(recognized) })),
	listOfBoundingBoxes: z
		.array(z.object({ boundingBoxes: z.array(quad) }))
		.optional()
		.default([]),
	slicesImages: z.number().int().optional(),
});
export type NhnGeneralResult = z.infer<typeof nhnGeneralResult>;

export const nhnBusinessResult = z.object({
	fileType: z.string().optional(),
	unitType: z.string().optional(),
	keyValues: z.array(z.object({ key: z.string(), value: z.string(), conf: z.number().optional() })),
	boxes: z.array(quad).optional().default([]),
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
	cardNums: z.array(recognized),
	totalCardNum: z.string().optional(),
	cardNumBoxes: z.array(quad).optional().default([]),
	validThru: recognized.optional(),
	validThruBox: quad.optional(),
});
export type NhnCreditCardResult = z.infer<typeof nhnCreditCardResult>;
