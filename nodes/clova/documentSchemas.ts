import { z } from 'zod';
import { clovaImage } from './schemas';

/**
 * CLOVA Document OCR answers. No official response table was available (shared/api/clova-document-receipt.md §3,
 * clova-document-biz-license.md §3): the shapes are what client code that parses real answers reads. So every
 * level is optional, may be null, and keeps keys not listed here (passthrough); where an observed key is a field in
 * one source and a list of fields in another (or the shape is undocumented), both are accepted.
 */
const vertex = z.object({ x: z.number(), y: z.number() }).passthrough();

export const documentField = z
	.object({
		text: z.string().nullish(),
		/** `{ value }` for most fields; `{ year, month, day }` for dates; `{ hour, minute, second }` for times. */
		formatted: z.record(z.unknown()).nullish(),
		keyText: z.string().nullish(),
		confidenceScore: z.number().nullish(),
		boundingPolys: z
			.array(z.object({ vertices: z.array(vertex).nullish() }).passthrough())
			.nullish(),
	})
	.passthrough();
export type DocumentField = z.infer<typeof documentField>;

/** A field, or a list of fields. */
export const documentFields = z.union([documentField, z.array(documentField)]).nullish();
export type DocumentFields = z.infer<typeof documentFields>;
const fields = documentFields;

const item = z
	.object({
		name: fields,
		code: fields,
		count: fields,
		price: z.object({ price: fields, unitPrice: fields }).passthrough().nullish(),
	})
	.passthrough();

const subTotal = z
	.object({ subTotalPrice: fields, taxPrice: fields, discountPrice: fields })
	.passthrough();

export const receiptResult = z
	.object({
		storeInfo: z
			.object({ name: fields, subName: fields, bizNum: fields, addresses: fields, tel: fields })
			.passthrough()
			.nullish(),
		paymentInfo: z
			.object({
				date: fields,
				time: fields,
				cardInfo: z.object({ company: fields, number: fields }).passthrough().nullish(),
				confirmNum: fields,
			})
			.passthrough()
			.nullish(),
		subResults: z.array(z.object({ items: z.array(item).nullish() }).passthrough()).nullish(),
		totalPrice: z.object({ price: fields, creditCardPrice: fields }).passthrough().nullish(),
		// An array per the 2026-07-23 release note (`subTotal[]`); one older client typed it as an object.
		subTotal: z.union([subTotal, z.array(subTotal)]).nullish(),
	})
	.passthrough();
export type ReceiptResult = z.infer<typeof receiptResult>;

/** What every CLOVA image entry says about itself (uid, name, inferResult, message), as for General and Template. */
const imageStatus = clovaImage.pick({
	uid: true,
	name: true,
	inferResult: true,
	message: true,
	convertedImageInfo: true,
});

export const clovaReceiptImage = imageStatus
	.extend({
		receipt: z
			.object({
				meta: z.object({ estimatedLanguage: z.string().nullish() }).passthrough().nullish(),
				result: receiptResult.nullish(),
			})
			.passthrough()
			.nullish(),
	})
	.passthrough();
export type ClovaReceiptImage = z.infer<typeof clovaReceiptImage>;

/** Every key of `bizLicense.result` holds a list of fields (observed); keys of another shape stay in the raw answer. */
export const clovaBizLicenseImage = imageStatus
	.extend({
		bizLicense: z
			.object({ result: z.record(z.unknown()).nullish() })
			.passthrough()
			.nullish(),
	})
	.passthrough();
export type ClovaBizLicenseImage = z.infer<typeof clovaBizLicenseImage>;

/** The whole answer: one image per request (a failed one is reported by the transport before the model sees it). */
export function clovaDocumentResponse<T extends z.ZodTypeAny>(image: T) {
	return z
		.object({
			version: z.string().optional(),
			requestId: z.string().optional(),
			timestamp: z.number().optional(),
			images: z.array(image).min(1),
		})
		.passthrough();
}
export const clovaReceiptResponse = clovaDocumentResponse(clovaReceiptImage);
export const clovaBizLicenseResponse = clovaDocumentResponse(clovaBizLicenseImage);
