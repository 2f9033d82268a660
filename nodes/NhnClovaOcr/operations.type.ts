import type { AllEntities } from 'n8n-workflow';
import type { OcrOperation } from '../core/node/operation';

/** Every resource and its operations: a name misspelt in the router or in a resource's map fails to compile. */
type NodeMap = {
	nhnGeneralOcr: 'recognizeText' | 'recognizeLongImage';
	nhnDocumentOcr:
		| 'recognizeBusinessRegistration'
		| 'checkBusinessStatus'
		| 'recognizeCreditCard'
		| 'askAboutDocument';
	clovaOcr: 'recognizeText' | 'recognizeTemplate' | 'recognizeReceipt' | 'recognizeBusinessLicense';
};

export type NhnClovaOcrType = AllEntities<NodeMap>;
export type OcrResource = NhnClovaOcrType['resource'];

/** A resource's operations, by name: exactly the names the map gives it. */
export type OperationsOf<R extends OcrResource> = Record<
	Extract<NhnClovaOcrType, { resource: R }>['operation'],
	OcrOperation
>;
