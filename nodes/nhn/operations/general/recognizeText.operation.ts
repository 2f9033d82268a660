import { nhnGeneralOperation } from './recognize';

export const recognizeText = nhnGeneralOperation(
	'/general',
	'NHN downloads the image itself; a port in the URL must be 80, 443 or 10000-12000',
);
