import type { Resource } from '../../../core/node/resource';
import { recognizeLongImage } from './recognizeLongImage.operation';
import { recognizeText } from './recognizeText.operation';

export const nhnGeneralOcr: Resource = {
	value: 'nhnGeneralOcr',
	name: 'NHN General OCR',
	description: 'Text in any image (NHN Cloud)',
	operations: {
		recognizeText: {
			name: 'Recognize Text',
			description: 'Read all text in an image',
			action: 'Recognize text in image',
			operation: recognizeText,
		},
		recognizeLongImage: {
			name: 'Recognize Long Image',
			description:
				'Read all text in a very long or wide image (receipts, screenshots), which NHN slices first',
			action: 'Recognize text in long image',
			operation: recognizeLongImage,
		},
	},
};
