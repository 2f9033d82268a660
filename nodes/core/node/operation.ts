import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OcrResult } from '../output';

/** Each operation file exports these two: its parameters and what it does for one input item. */
export interface OcrOperation {
	description: INodeProperties[];
	execute: (this: IExecuteFunctions, itemIndex: number) => Promise<OcrResult>;
}
