import { inputError } from '../errors';
import { IMAGE_URL_HINT } from './properties';

/** Checks what the model passed before anything is sent, with an error that says what to pass instead. */
export function checkToolUrl(url: string): void {
	const value = url.trim();
	if (/^https?:\/\/\S+$/i.test(value)) return;
	throw inputError(
		value
			? `"${value.slice(0, 80)}" is not a web address this tool can read`
			: 'No image URL was passed to this tool',
		`Call the tool again with imageUrl set to ${IMAGE_URL_HINT.toLowerCase()}, e.g. https://example.com/receipt.jpg. The tool cannot read files attached to the chat or local paths.`,
	);
}
