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
			action: 'Get the text of an image as markdown',
			tool: { file: 'an image with text in it (a photo, scan or screenshot)' },
			operation: recognizeText,
		},
		recognizeLongImage: {
			name: 'Recognize Long Image',
			description:
				'Read all text in a very long or wide image (receipts, screenshots), which NHN slices first',
			action: 'Get the text of a very long image as markdown',
			tool: {
				file: 'a very long or wide image with text (a long receipt, a whole web page screenshot)',
			},
			operation: recognizeLongImage,
		},
	},
};
