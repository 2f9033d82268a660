import { nhnGeneralOperation } from './recognize';

export const recognizeLongImage = nhnGeneralOperation(
	'/general/cropping',
	'NHN downloads the image itself and slices long images; a port in the URL must be 80, 443 or 10000-12000',
);
