import { inputError } from '../errors';
import { shortEcho } from '../privacy/secrets';
import { internalAddressReason } from './internalAddress';
import { displayUrl } from './shownUrl';

/** What the model is told to pass as `imageUrl`. */
export const IMAGE_URL_HINT =
	'The public https:// address of the image or PDF to read (a receipt, invoice, form, card or certificate)';

/** At most this much of what the model passed comes back in a message. */
const ECHO = 80;

const INTERNAL_HINT =
	"Pass the public https:// address of the document. As an AI Agent tool this node does not read addresses inside the network n8n runs in (this machine, private networks, cloud metadata, local names), since a document, mail or web page the model read can ask for one. The user can allow them with the tool's 'Allow Internal Addresses' option.";

/**
 * Checks the URL a model passed before anything is sent: a web address, and — unless the user allowed internal
 * addresses — none that leads inside the network n8n runs in. Errors echo only a short start of what was passed
 * and carry no network details.
 */
export function checkToolUrl(url: string, allowInternal = false, fileTypes?: string): void {
	const value = url.trim();
	if (!/^https?:\/\/\S+$/i.test(value)) {
		// `fileTypes`: what the operation's service reads, e.g. "a JPG or PNG file" (core/tool/hints.ts).
		const what = fileTypes
			? `the public https:// address of ${fileTypes}`
			: IMAGE_URL_HINT.toLowerCase();
		throw inputError(
			value
				? `"${shortEcho(value, ECHO)}" is not a web address this tool can read`
				: 'No image URL was passed to this tool',
			`Call the tool again with imageUrl set to ${what}, e.g. https://example.com/receipt.jpg. The tool cannot read a description, a file name, a local path or a file attached to the chat: if you have no such address, ask the user for one.`,
		);
	}
	if (allowInternal) return;
	const reason = internalAddressReason(value);
	if (reason)
		throw inputError(
			`This tool does not read ${shortEcho(displayUrl(value), ECHO)}: ${reason}`,
			INTERNAL_HINT,
		);
}

/**
 * For the node's own download in tool mode: each redirect's target is checked as the URL the model passed was
 * (the first hop, the URL itself, was checked before any request).
 */
export function modelUrlHopCheck(allowInternal: boolean): (url: string, hop: number) => void {
	return (url, hop) => {
		if (allowInternal || hop === 0) return;
		const reason = internalAddressReason(url);
		if (reason)
			throw inputError(
				`The file server redirected the download to an address this tool does not read: ${reason}`,
				INTERNAL_HINT,
			);
	};
}
