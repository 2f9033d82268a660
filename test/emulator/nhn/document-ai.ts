/**
 * NHN Document AI (shared/api/nhn-document-ai-api-guide.md §2): multipart fields `image` (file, required), `prompt`
 * (text, required, up to 1,000 characters) and `documentTypeCode` (GENERAL | BUSINESS_REGISTRATION | BUSINESS_CARD,
 * default GENERAL). The answer is `result.llmResponse`, from the file's fixture, chosen by the prompt.
 */
import type { Exchange } from '../exchange';
import { boundaryOf, parseMultipart, type Part } from '../http/multipart';
import { recordFile, sha256 } from '../request-log';
import { type NhnRoute, nhnFail, nhnSucceed } from './envelope';
import { checkNhnImage } from './image-input';

export const DOCUMENT_TYPE_CODES = ['GENERAL', 'BUSINESS_REGISTRATION', 'BUSINESS_CARD'];
export const MAX_PROMPT_LENGTH = 1000;

/**
 * A text part's value. The guide's curl writes `-F 'prompt="…"'`, where curl itself removes the double quotes;
 * one surrounding pair is removed here too, so both spellings mean the same value.
 */
function textValue(part: Part | undefined): string | undefined {
	if (!part || part.filename !== undefined) return undefined;
	const text = part.data.toString('utf8');
	return /^".*"$/s.test(text) ? text.slice(1, -1) : text;
}

function only(parts: Part[], name: string): Part | undefined | 'repeated' {
	const named = parts.filter((part) => part.name === name);
	return named.length > 1 ? 'repeated' : named[0];
}

/** Order: multipart and its fields (4000001), then the image: size, empty, type, structure. */
export function documentAi(ex: Exchange, route: NhnRoute, body: Buffer): void {
	const boundary = boundaryOf(ex.req.headers['content-type']);
	const parsed = boundary ? parseMultipart(body, boundary) : undefined;
	if (!parsed?.ok) return nhnFail(ex, route, 4000001);
	const image = only(parsed.parts, 'image');
	const promptPart = only(parsed.parts, 'prompt');
	const typePart = only(parsed.parts, 'documentTypeCode');
	if (image === 'repeated' || promptPart === 'repeated' || typePart === 'repeated')
		return nhnFail(ex, route, 4000001);
	const prompt = textValue(promptPart);
	const documentTypeCode = typePart === undefined ? 'GENERAL' : textValue(typePart);
	ex.entry.json = { prompt, documentTypeCode };
	if (image?.filename === undefined) return nhnFail(ex, route, 4000001);
	recordFile(ex.entry, image.data, image.filename);
	if (prompt === undefined || prompt.trim() === '' || prompt.length > MAX_PROMPT_LENGTH)
		return nhnFail(ex, route, 4000001);
	if (documentTypeCode === undefined || !DOCUMENT_TYPE_CODES.includes(documentTypeCode))
		return nhnFail(ex, route, 4000001);

	const checked = checkNhnImage(image.data, ['jpeg', 'png']);
	if (!checked.ok) return nhnFail(ex, route, checked.resultCode);
	const fixture = ex.state.fixtures.documentAi(sha256(image.data));
	if (fixture && 'resultCode' in fixture) return nhnFail(ex, route, fixture.resultCode);
	const answer = fixture?.answers.find(
		(candidate) => !candidate.promptIncludes || prompt.includes(candidate.promptIncludes),
	);
	nhnSucceed(ex, {
		llmResponse:
			answer?.llmResponse ??
			`I could not find anything in this image that answers: ${prompt.slice(0, 80)}`,
	});
}
