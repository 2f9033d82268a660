import type { MatchedTemplate, OcrDocument } from './document';

/** Which input an output item came from: every item carries it as `source`. */
export interface Source {
	fileName?: string;
	mimeType?: string;
	url?: string;
	resource: string;
	operation: string;
	/** CLOVA Template: the template the document matched, so every item says which form it came from. */
	template?: MatchedTemplate;
}

/** What an operation knows of its input; the item loop completes it into a Source. */
export type InputSource = Pick<Source, 'fileName' | 'mimeType' | 'url'>;

/** What an operation gives for one input item. */
export interface OcrResult {
	document: OcrDocument;
	/** The provider's answer as received (masked, like everything else, before it leaves the node). */
	raw: unknown;
	source: InputSource;
}

/** An operation's result with the source the item loop completed. */
export interface ShapedResult extends OcrResult {
	source: Source;
}
