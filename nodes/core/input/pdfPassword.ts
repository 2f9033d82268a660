import { createCipheriv, createHash } from 'crypto';

/**
 * Whether an encrypted PDF opens without a password. Many PDFs are encrypted with only an owner password (printing
 * or editing restricted, as government certificates often are): every reader opens them, so they must not be
 * refused. Only a PDF whose empty user password fails (or whose protection the node cannot check) needs one.
 * The checks are the standard security handler's (ISO 32000-2, 7.6.4: algorithms 2, 4, 5, 2.A and 2.B).
 */

export interface PdfEncryption {
	/** The trailer (or the cross-reference stream's dictionary) names an encryption dictionary. */
	encrypted: boolean;
	/** True: the empty password does not open it; false: it opens without one; undefined: not checkable. */
	passwordNeeded?: boolean;
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

const bytesOf = (text: string) => Buffer.from(text, 'latin1');

/** A PDF string at the start of `text`: `<hex>` or `(literal)` with its escapes. */
function readString(text: string): Buffer | undefined {
	const hex = /^<([0-9a-fA-F\s]*)>/.exec(text);
	if (hex) {
		const digits = hex[1].replace(/\s+/g, '');
		return Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex');
	}
	if (!text.startsWith('(')) return undefined;
	let out = '';
	let depth = 0;
	for (let at = 0; at < text.length; at++) {
		const char = text[at];
		if (char === '\\') {
			const next = text[++at];
			const octal = /^[0-7]{1,3}/.exec(text.slice(at, at + 3));
			if (octal) {
				out += String.fromCharCode(parseInt(octal[0], 8) & 0xff);
				at += octal[0].length - 1;
			} else if (next === '\r') {
				if (text[at + 1] === '\n') at++;
			} else if (next !== '\n') {
				out += { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }[next] ?? next;
			}
			continue;
		}
		if (char === '(' && depth++ === 0) continue;
		if (char === ')' && --depth === 0) return bytesOf(out);
		out += char;
	}
	return undefined;
}

/** The top level of the dictionary starting at `text` (`<<`): nested dictionaries left out, strings kept whole. */
function topLevel(text: string): string | undefined {
	let depth = 0;
	let out = '';
	for (let at = 0; at < text.length; at++) {
		if (text.startsWith('<<', at)) {
			depth++;
			at++;
			continue;
		}
		if (text.startsWith('>>', at)) {
			if (--depth === 0) return out;
			at++;
			continue;
		}
		if (text[at] === '(' || text[at] === '<') {
			const end = text[at] === '(' ? literalEnd(text, at) : text.indexOf('>', at);
			if (end < 0) return undefined;
			if (depth === 1) out += text.slice(at, end + 1);
			at = end;
			continue;
		}
		if (depth === 1) out += text[at];
	}
	return undefined;
}

function literalEnd(text: string, start: number): number {
	let depth = 0;
	for (let at = start; at < text.length; at++) {
		if (text[at] === '\\') at++;
		else if (text[at] === '(') depth++;
		else if (text[at] === ')' && --depth === 0) return at;
	}
	return -1;
}

const entry = (dictionary: string, key: string) =>
	new RegExp(`/${key}(?![A-Za-z0-9])\\s*`).exec(dictionary);

function numberEntry(dictionary: string, key: string): number | undefined {
	const found = entry(dictionary, key);
	const value = found && /^-?\d+/.exec(dictionary.slice(found.index + found[0].length));
	return value ? Number(value[0]) : undefined;
}

function stringEntry(dictionary: string, key: string): Buffer | undefined {
	const found = entry(dictionary, key);
	return found ? readString(dictionary.slice(found.index + found[0].length)) : undefined;
}

function rc4(key: Buffer, data: Buffer): Buffer {
	const state = Array.from({ length: 256 }, (_, index) => index);
	for (let i = 0, j = 0; i < 256; i++) {
		j = (j + state[i] + key[i % key.length]) & 255;
		[state[i], state[j]] = [state[j], state[i]];
	}
	const out = Buffer.alloc(data.length);
	for (let n = 0, i = 0, j = 0; n < data.length; n++) {
		i = (i + 1) & 255;
		j = (j + state[i]) & 255;
		[state[i], state[j]] = [state[j], state[i]];
		out[n] = data[n] ^ state[(state[i] + state[j]) & 255];
	}
	return out;
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();

/** Revisions 2-4 (RC4 and AES-128): algorithms 2, 4 and 5 with the empty password. */
function opensWithoutPasswordRc4(dictionary: string, id: Buffer): boolean | undefined {
	const revision = numberEntry(dictionary, 'R');
	const owner = stringEntry(dictionary, 'O');
	const user = stringEntry(dictionary, 'U');
	const permissions = numberEntry(dictionary, 'P');
	if (!revision || !owner || !user || permissions === undefined) return undefined;
	const length = revision === 2 ? 5 : (numberEntry(dictionary, 'Length') ?? 40) / 8;
	const p = Buffer.alloc(4);
	p.writeUInt32LE(permissions >>> 0);
	const noMetadata =
		revision >= 4 && /\/EncryptMetadata\s*false/.test(dictionary)
			? Buffer.from([255, 255, 255, 255])
			: Buffer.alloc(0);
	let hash = md5(PAD, owner.subarray(0, 32), p, id, noMetadata);
	if (revision >= 3) for (let round = 0; round < 50; round++) hash = md5(hash.subarray(0, length));
	const key = hash.subarray(0, length);
	if (revision === 2) return rc4(key, PAD).equals(user.subarray(0, 32));
	let check = rc4(key, md5(PAD, id));
	for (let round = 1; round <= 19; round++)
		check = rc4(Buffer.from(key.map((byte) => byte ^ round)), check);
	return check.equals(user.subarray(0, 16));
}

/** Revision 6's hash (algorithm 2.B) of the empty password. */
function hash2B(salt: Buffer): Buffer {
	let key = createHash('sha256').update(salt).digest();
	let last = 0;
	for (let round = 0; round < 64 || last > round - 32; round++) {
		const block = Buffer.concat(Array(64).fill(key));
		const cipher = createCipheriv('aes-128-cbc', key.subarray(0, 16), key.subarray(16, 32));
		cipher.setAutoPadding(false);
		const encrypted = Buffer.concat([cipher.update(block), cipher.final()]);
		const remainder = encrypted.subarray(0, 16).reduce((sum, byte) => sum + byte, 0) % 3;
		key = createHash(['sha256', 'sha384', 'sha512'][remainder]).update(encrypted).digest();
		last = encrypted[encrypted.length - 1];
	}
	return key.subarray(0, 32);
}

/** Revisions 5 and 6 (AES-256): algorithm 2.A's user-password check with the empty password. */
function opensWithoutPasswordAes256(dictionary: string): boolean | undefined {
	const revision = numberEntry(dictionary, 'R');
	const user = stringEntry(dictionary, 'U');
	if (!user || user.length < 40) return undefined;
	const salt = user.subarray(32, 40);
	const hash = revision === 5 ? createHash('sha256').update(salt).digest() : hash2B(salt);
	return hash.equals(user.subarray(0, 32));
}

/** The text of object `number generation` (between `obj` and `endobj`), in whichever part was read. */
function objectText(texts: string[], number: string, generation: string): string | undefined {
	const pattern = new RegExp(
		`(?<!\\d)${number}\\s+${generation}\\s+obj\\b([\\s\\S]*?)\\bendobj\\b`,
	);
	for (const text of texts) {
		const found = pattern.exec(text);
		if (found) return found[1];
	}
	return undefined;
}

/**
 * Whether the PDF is encrypted, and whether it needs a password to open. `texts` are the parts of the file read
 * (latin1); the trailer is near the end, and a linearized file's first trailer near the start.
 */
export function pdfEncryption(texts: string[]): PdfEncryption {
	for (const text of texts) {
		for (const match of text.matchAll(/\/Encrypt\s*(?:(\d+)\s+(\d+)\s+R|(<<))/g)) {
			const at = match.index ?? 0;
			const around = text.slice(Math.max(0, at - 2048), at + 2048);
			// Only a trailer (or a cross-reference stream) names the document's encryption, and it names the root too.
			if (!/\/Root\s+\d+\s+\d+\s+R/.test(around)) continue;
			const body = match[3]
				? text.slice(at + match[0].length - 2)
				: objectText(texts, match[1], match[2])?.trimStart();
			const dictionary = body?.startsWith('<<') ? topLevel(body) : undefined;
			const idMatch = /\/ID\s*\[\s*/.exec(around);
			const id = idMatch ? readString(around.slice(idMatch.index + idMatch[0].length)) : undefined;
			if (!dictionary || !/\/Filter\s*\/Standard\b/.test(dictionary))
				return { encrypted: true, passwordNeeded: undefined };
			const revision = numberEntry(dictionary, 'R') ?? 0;
			const opens =
				revision >= 5
					? opensWithoutPasswordAes256(dictionary)
					: id
						? opensWithoutPasswordRc4(dictionary, id)
						: undefined;
			return { encrypted: true, passwordNeeded: opens === undefined ? undefined : !opens };
		}
	}
	return { encrypted: false };
}
