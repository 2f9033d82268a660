import type { IExecuteFunctions } from 'n8n-workflow';
import { inputError } from '../errors';
import { displayUrl } from './shownUrl';

/**
 * Which addresses a URL may not point at when something outside the user's control chose it (a model's argument in
 * tool mode, a provider downloading an image): the n8n host itself and the networks around it. WHATWG URL already
 * turns every spelling of an IPv4 address (2130706433, 0x7f000001, 0177.0.0.1, 127.1, trailing dots, full-width
 * digits) into dotted form and IPv6 into its compressed lower-case form, so only those forms are classified here.
 * Names are not resolved (node code may not use DNS): a public name pointing at an internal address is for n8n's
 * own SSRF protection to catch.
 */

type Category =
	| 'loopback'
	| 'private'
	| 'sharedNat'
	| 'linkLocal'
	| 'uniqueLocal'
	| 'unspecified'
	| 'multicast'
	| 'reserved';

const categoryWords: Record<Category, string> = {
	loopback: 'this machine itself (a loopback address)',
	private: 'a private network address',
	sharedNat: "a shared address inside an internet provider's network (carrier-grade NAT)",
	linkLocal: "a link-local address (such as a cloud server's metadata service)",
	uniqueLocal: 'a private network address (IPv6 unique local)',
	unspecified: 'an unspecified address, which means this machine',
	multicast: 'a multicast or broadcast address',
	reserved: 'a reserved address that no public server uses',
};

/** [first address, prefix length, category] of the IPv4 ranges no public server has. */
const V4_RANGES: Array<[string, number, Category]> = [
	['0.0.0.0', 8, 'unspecified'], // "this" network
	['10.0.0.0', 8, 'private'],
	['100.64.0.0', 10, 'sharedNat'],
	['127.0.0.0', 8, 'loopback'],
	['169.254.0.0', 16, 'linkLocal'], // cloud metadata at 169.254.169.254
	['172.16.0.0', 12, 'private'],
	['192.0.0.0', 24, 'reserved'], // IETF protocol assignments
	['192.0.2.0', 24, 'reserved'], // documentation
	['192.88.99.0', 24, 'reserved'], // 6to4 relays (deprecated)
	['192.168.0.0', 16, 'private'],
	['198.18.0.0', 15, 'reserved'], // benchmarking
	['198.51.100.0', 24, 'reserved'], // documentation
	['203.0.113.0', 24, 'reserved'], // documentation
	['224.0.0.0', 4, 'multicast'],
	['240.0.0.0', 4, 'reserved'], // up to the broadcast address 255.255.255.255
];

function v4ToNumber(address: string): number | undefined {
	const parts = address.split('.');
	if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255))
		return undefined;
	return parts.reduce((total, part) => total * 256 + Number(part), 0);
}

function v4Category(value: number): Category | undefined {
	if (value === 0xffffffff) return 'multicast';
	return V4_RANGES.find(([first, bits]) => {
		const start = v4ToNumber(first) as number;
		return value >= start && value < start + 2 ** (32 - bits);
	})?.[2];
}

/** Eight 16-bit groups of an IPv6 address as WHATWG URL writes it (`::` expanded). */
function v6Groups(address: string): number[] | undefined {
	const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	if (tail === undefined && left.length !== 8) return undefined;
	const groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
	if (groups.length !== 8 || groups.some((group) => !/^[0-9a-f]{1,4}$/i.test(group)))
		return undefined;
	return groups.map((group) => parseInt(group, 16));
}

const embeddedV4 = (high: number, low: number) => high * 65536 + low;

function v6Category(groups: number[]): Category | undefined {
	const [first, second] = groups;
	const zeros = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0);
	if (zeros(0, 8)) return 'unspecified';
	if (zeros(0, 7) && groups[7] === 1) return 'loopback';
	// IPv4-mapped (::ffff:a.b.c.d) reaches the IPv4 address itself; IPv4-compatible (::a.b.c.d) is deprecated.
	if (zeros(0, 5) && groups[5] === 0xffff) return v4Category(embeddedV4(groups[6], groups[7]));
	if (zeros(0, 6)) return v4Category(embeddedV4(groups[6], groups[7])) ?? 'reserved';
	// NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that a gateway may reach.
	if (first === 0x64 && second === 0xff9b && zeros(2, 6))
		return v4Category(embeddedV4(groups[6], groups[7]));
	if (first === 0x64 && second === 0xff9b && groups[2] === 1) return 'private'; // local-use NAT64
	if (first === 0x2002) return v4Category(embeddedV4(groups[1], groups[2]));
	if ((first & 0xfe00) === 0xfc00) return 'uniqueLocal';
	if ((first & 0xffc0) === 0xfe80) return 'linkLocal';
	if ((first & 0xffc0) === 0xfec0) return 'private'; // site-local (deprecated)
	if ((first & 0xff00) === 0xff00) return 'multicast';
	if (first === 0x2001 && (second === 0 || second === 0xdb8)) return 'reserved'; // Teredo, documentation
	if (first === 0x100 && zeros(1, 4)) return 'reserved'; // discard
	return undefined;
}

/**
 * Names that only a local network resolves, never the public DNS:
 * - `localhost` and `*.localhost` (RFC 6761: always this machine), `.localdomain` (the hosts-file name of it);
 * - single-label names (`fileserver`): found only through a local search domain, the hosts file or LLMNR;
 * - `.local` (RFC 6762, multicast DNS on the local link), `.home.arpa` (RFC 8375, home networks), `.internal`
 *   (reserved by ICANN in 2024 for private use; Google Cloud's metadata server is metadata.google.internal);
 * - `.corp` and `.home`, which ICANN withheld from delegation for good because so many private networks use them,
 *   and `.lan`, `.intranet` and `.private`, common private conventions that are not public top-level domains.
 * `.test`, `.example` and `.invalid` (RFC 6761) are left to fail on their own: no resolver answers them.
 */
const LOCAL_SUFFIXES = [
	'localhost',
	'localdomain',
	'local',
	'home.arpa',
	'internal',
	'corp',
	'home',
	'lan',
	'intranet',
	'private',
];

/** Public names that resolve to loopback by design, and names that spell an internal address (127.0.0.1.nip.io). */
const LOOPBACK_SERVICES = ['localtest.me', 'lvh.me', 'vcap.me'];
const SPELLED_V4 =
	/^(?:.*[.-])?(\d{1,3})[.-](\d{1,3})[.-](\d{1,3})[.-](\d{1,3})\.[a-z0-9-]+\.[a-z]+$/;

function nameReason(host: string, shown: string): string | undefined {
	if (host === 'localhost' || host.endsWith('.localhost'))
		return `${shown} is a name for this machine itself`;
	if (!host.includes('.') || LOCAL_SUFFIXES.some((suffix) => host.endsWith(`.${suffix}`)))
		return `${shown} is a name that only your own network can resolve`;
	if (LOOPBACK_SERVICES.some((name) => host === name || host.endsWith(`.${name}`)))
		return `${shown} is a public name that leads to this machine itself`;
	const spelled = SPELLED_V4.exec(host);
	const value = spelled ? v4ToNumber(spelled.slice(1, 5).join('.')) : undefined;
	const category = value === undefined ? undefined : v4Category(value);
	return category && `${shown} is a name that stands for ${categoryWords[category]}`;
}

const MAX_SHOWN_HOST = 60;

function shownHost(host: string): string {
	return host.length > MAX_SHOWN_HOST ? `${host.slice(0, MAX_SHOWN_HOST)}…` : host;
}

/** Why `hostname` (as `URL.hostname` gives it) is internal, in words; undefined for a public address or name. */
export function internalHostReason(hostname: string): string | undefined {
	const host = hostname.toLowerCase().replace(/\.+$/, '');
	const shown = shownHost(host);
	if (host.startsWith('[') && host.endsWith(']')) {
		const groups = v6Groups(host.slice(1, -1).replace(/%.*$/, ''));
		const category = groups ? v6Category(groups) : 'reserved';
		return category && `${shown} is ${categoryWords[category]}`;
	}
	const value = v4ToNumber(host);
	if (value !== undefined) {
		const category = v4Category(value);
		return category && `${shown} is ${categoryWords[category]}`;
	}
	return nameReason(host, shown);
}

/**
 * Why a URL a model chose may not be fetched, in words (naming the category and at most the host), or undefined
 * when it may: only http(s), no user name or password before the host (`https://example.com@127.0.0.1/` goes to
 * 127.0.0.1), and no internal host. Meant for every URL before a request and again for each redirect's target.
 */
export function internalAddressReason(url: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url.trim());
	} catch {
		return 'it is not a complete web address (such as https://example.com/receipt.jpg)';
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
		return `only http:// and https:// addresses can be read, not ${shownHost(parsed.protocol.replace(/:$/, ''))}://`;
	if (parsed.username || parsed.password)
		return 'it has a user name or password before the host (written with "@"), which can hide where it really leads';
	return internalHostReason(parsed.hostname);
}

/**
 * Whether a URL's host is one only the n8n host (or its network) could reach: loopback, private, link-local and
 * reserved addresses in any notation, `localhost` names, and names only a local network resolves.
 */
export function isInternalHost(hostname: string): boolean {
	return internalHostReason(hostname) !== undefined;
}

function isLoopbackHost(hostname: string): boolean {
	const host = hostname.toLowerCase();
	return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Before a paid call in which the provider downloads `imageUrl` itself: an internal address is refused, since the
 * provider cannot reach it (and the node must not help probe the n8n host's network). A service URL on loopback
 * (an emulator on this machine) can reach such addresses, so then they pass.
 */
export function checkProviderCanDownload(
	ctx: IExecuteFunctions,
	itemIndex: number,
	imageUrl: string,
	serviceUrl: string,
	service: string,
): void {
	let image: URL;
	let serviceHost: string;
	try {
		image = new URL(imageUrl);
		serviceHost = new URL(serviceUrl).hostname;
	} catch {
		return;
	}
	if (isLoopbackHost(serviceHost) || !isInternalHost(image.hostname)) return;
	throw inputError(
		ctx,
		itemIndex,
		`${service} cannot download ${displayUrl(imageUrl)}: it is an address inside your own network`,
		`${service} downloads image URLs itself, from the internet, so ${image.hostname} (a local, private or link-local address) is out of its reach. Use a public URL, or read the file in n8n first (e.g. with HTTP Request) and send it as a binary file.`,
	);
}
