import type { IExecuteFunctions } from 'n8n-workflow';
import { inputError } from '../errors';
import { displayUrl } from './shownUrl';

/** [first address, prefix length] of IPv4 ranges no public service can reach on the n8n host's behalf. */
const INTERNAL_V4: Array<[string, number]> = [
	['0.0.0.0', 8], // "this" network
	['10.0.0.0', 8], // private
	['100.64.0.0', 10], // carrier-grade NAT
	['127.0.0.0', 8], // loopback
	['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
	['172.16.0.0', 12], // private
	['192.0.0.0', 24], // IETF protocol assignments
	['192.168.0.0', 16], // private
	['198.18.0.0', 15], // benchmarking
	['224.0.0.0', 3], // multicast and reserved, up to 255.255.255.255
];

function v4ToNumber(address: string): number | undefined {
	const parts = address.split('.');
	if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255))
		return undefined;
	return parts.reduce((total, part) => total * 256 + Number(part), 0);
}

function isInternalV4(address: string): boolean {
	const value = v4ToNumber(address);
	if (value === undefined) return false;
	return INTERNAL_V4.some(([first, bits]) => {
		const size = 2 ** (32 - bits);
		const start = v4ToNumber(first) as number;
		return value >= start && value < start + size;
	});
}

/** Eight 16-bit groups of a canonical IPv6 address as WHATWG URL writes it (`::` expanded). */
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

function isInternalV6(address: string): boolean {
	const groups = v6Groups(address);
	if (!groups) return false;
	const [first] = groups;
	if (groups.slice(0, 7).every((group) => group === 0) && groups[7] <= 1) return true; // :: and ::1
	if ((first & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
	if ((first & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
	if ((first & 0xff00) === 0xff00) return true; // multicast
	// IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d): the IPv4 rules apply.
	if (
		groups.slice(0, 5).every((group) => group === 0) &&
		(groups[5] === 0xffff || groups[5] === 0)
	) {
		const v4 = [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.');
		return isInternalV4(v4);
	}
	return false;
}

/**
 * Whether a URL's host is one only the n8n host (or its network) could reach: loopback, private, link-local and
 * reserved addresses in any notation (WHATWG URL turns 2130706433, 0x7f000001 and 0177.1 into 127.0.0.1, and
 * IPv6 into its canonical form), `localhost` names, and single-label names no public resolver knows.
 */
export function isInternalHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/\.$/, '');
	if (host.startsWith('[') && host.endsWith(']')) return isInternalV6(host.slice(1, -1));
	if (v4ToNumber(host) !== undefined) return isInternalV4(host);
	return host === 'localhost' || host.endsWith('.localhost') || !host.includes('.');
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
