import {
	internalAddressReason,
	internalHostReason,
	isInternalHost,
} from '../../nodes/core/input/internalAddress';

const loopback = 'is this machine itself (a loopback address)';
const privateNetwork = 'is a private network address';
const linkLocal = "is a link-local address (such as a cloud server's metadata service)";
const unspecified = 'is an unspecified address, which means this machine';
const reserved = 'is a reserved address that no public server uses';
const multicast = 'is a multicast or broadcast address';
const localName = 'is a name that only your own network can resolve';

describe('URLs a model chooses: refused, with the reason in words', () => {
	it.each([
		// Loopback in every spelling WHATWG URL accepts.
		['http://127.0.0.1:8080/a.png', `127.0.0.1 ${loopback}`],
		['http://2130706433/a.png', `127.0.0.1 ${loopback}`],
		['http://0x7f000001/a.png', `127.0.0.1 ${loopback}`],
		['http://0177.0.0.1/a.png', `127.0.0.1 ${loopback}`],
		['http://017700000001/a.png', `127.0.0.1 ${loopback}`],
		['http://0x7f.1/a.png', `127.0.0.1 ${loopback}`],
		['http://127.1/a.png', `127.0.0.1 ${loopback}`],
		['http://127.0.0.1./a.png', `127.0.0.1 ${loopback}`],
		['http://%31%32%37.0.0.1/a.png', `127.0.0.1 ${loopback}`],
		['http://\uff11\uff12\uff17.0.0.1/a.png', `127.0.0.1 ${loopback}`],
		['HTTP://127.0.0.1/A.PNG', `127.0.0.1 ${loopback}`],
		['http://127.255.255.254/a.png', `127.255.255.254 ${loopback}`],
		['http://[::1]/a.png', `[::1] ${loopback}`],
		['http://[0:0:0:0:0:0:0:1]/a.png', `[::1] ${loopback}`],
		['http://[::ffff:127.0.0.1]/a.png', `[::ffff:7f00:1] ${loopback}`],
		['http://[0:0:0:0:0:ffff:7f00:1]/a.png', `[::ffff:7f00:1] ${loopback}`],
		['http://[::127.0.0.1]/a.png', `[::7f00:1] ${loopback}`],
		['http://[64:ff9b::127.0.0.1]/a.png', `[64:ff9b::7f00:1] ${loopback}`],
		['http://[2002:7f00:1::]/a.png', `[2002:7f00:1::] ${loopback}`],
		// Unspecified.
		['http://0.0.0.0/a.png', `0.0.0.0 ${unspecified}`],
		['http://0/a.png', `0.0.0.0 ${unspecified}`],
		['http://[::]/a.png', `[::] ${unspecified}`],
		// Private, shared, link-local, unique-local.
		['http://10.1.2.3/a.png', `10.1.2.3 ${privateNetwork}`],
		['http://172.16.0.1/a.png', `172.16.0.1 ${privateNetwork}`],
		['http://172.31.255.255/a.png', `172.31.255.255 ${privateNetwork}`],
		['http://192.168.1.10/a.png', `192.168.1.10 ${privateNetwork}`],
		['http://3232235786/a.png', `192.168.1.10 ${privateNetwork}`],
		['http://[::ffff:192.168.1.10]/a.png', `[::ffff:c0a8:10a] ${privateNetwork}`],
		[
			'http://100.64.0.1/a.png',
			"100.64.0.1 is a shared address inside an internet provider's network (carrier-grade NAT)",
		],
		['http://100.127.255.255/a.png', expect.stringContaining('carrier-grade NAT')],
		['http://169.254.169.254/latest/meta-data/', `169.254.169.254 ${linkLocal}`],
		['http://[::ffff:169.254.169.254]/', `[::ffff:a9fe:a9fe] ${linkLocal}`],
		['http://[fe80::1]/a.png', `[fe80::1] ${linkLocal}`],
		['http://[febf::1]/a.png', `[febf::1] ${linkLocal}`],
		['http://[fd00::1]/a.png', '[fd00::1] is a private network address (IPv6 unique local)'],
		['http://[fc00::1]/a.png', '[fc00::1] is a private network address (IPv6 unique local)'],
		['http://[fec0::1]/a.png', `[fec0::1] ${privateNetwork}`],
		// Multicast, broadcast, reserved.
		['http://224.0.0.1/a.png', `224.0.0.1 ${multicast}`],
		['http://239.255.255.250/a.png', `239.255.255.250 ${multicast}`],
		['http://255.255.255.255/a.png', `255.255.255.255 ${multicast}`],
		['http://[ff02::1]/a.png', `[ff02::1] ${multicast}`],
		['http://240.0.0.1/a.png', `240.0.0.1 ${reserved}`],
		['http://192.0.2.1/a.png', `192.0.2.1 ${reserved}`],
		['http://198.18.0.1/a.png', `198.18.0.1 ${reserved}`],
		['http://[2001:db8::1]/a.png', `[2001:db8::1] ${reserved}`],
		['http://[::8.8.8.8]/a.png', `[::808:808] ${reserved}`],
		// Names only a local network resolves.
		['http://localhost:5678/a.png', 'localhost is a name for this machine itself'],
		['http://LOCALHOST./a.png', 'localhost is a name for this machine itself'],
		['http://files.localhost/a.png', 'files.localhost is a name for this machine itself'],
		['http://fileserver/a.png', `fileserver ${localName}`],
		['http://printer.local/a.png', `printer.local ${localName}`],
		['http://metadata.google.internal/', `metadata.google.internal ${localName}`],
		['http://nas.lan/a.png', `nas.lan ${localName}`],
		['http://router.home.arpa/a.png', `router.home.arpa ${localName}`],
		['http://wiki.intranet/a.png', `wiki.intranet ${localName}`],
		['http://files.corp/a.png', `files.corp ${localName}`],
		['http://box.home/a.png', `box.home ${localName}`],
		['http://host.localdomain/a.png', `host.localdomain ${localName}`],
		['http://app.private/a.png', `app.private ${localName}`],
		['http://lvh.me/a.png', 'lvh.me is a public name that leads to this machine itself'],
		[
			'http://127.0.0.1.nip.io/a.png',
			'127.0.0.1.nip.io is a name that stands for this machine itself (a loopback address)',
		],
		[
			'http://app.10-0-0-1.sslip.io/a.png',
			'app.10-0-0-1.sslip.io is a name that stands for a private network address',
		],
		// User-info tricks and other schemes.
		[
			'https://example.com@127.0.0.1/a.png',
			'it has a user name or password before the host (written with "@"), which can hide where it really leads',
		],
		['https://user:secret@example.com/a.png', expect.stringContaining('user name or password')],
		['http://127.0.0.1:80\\@example.com/a.png', `127.0.0.1 ${loopback}`],
		['file:///etc/passwd', 'only http:// and https:// addresses can be read, not file://'],
		['ftp://example.com/a.png', 'only http:// and https:// addresses can be read, not ftp://'],
		['gopher://127.0.0.1:70/', 'only http:// and https:// addresses can be read, not gopher://'],
		['javascript:alert(1)', 'only http:// and https:// addresses can be read, not javascript://'],
		[
			'example.com/a.png',
			'it is not a complete web address (such as https://example.com/receipt.jpg)',
		],
		[
			'http://[fe80::1%25eth0]/',
			'it is not a complete web address (such as https://example.com/receipt.jpg)',
		],
	])('%s', (url, reason) => {
		expect(internalAddressReason(url)).toEqual(reason);
	});

	it.each([
		'https://example.com/a.png',
		'https://8.8.8.8/x',
		'https://[2001:4860:4860::8888]/x',
		'https://[::ffff:8.8.8.8]/x',
		'http://172.32.0.1/x',
		'http://100.128.0.1/x',
		'https://example.com:8443/a.png?token=1',
		'https://sub.example.co.kr/a.png',
		'https://ec2-54-1-2-3.compute-1.amazonaws.com/a.png',
		'https://localhost.example.com/a.png',
		'https://ocr.example.test/a.png',
	])('%s passes', (url) => {
		expect(internalAddressReason(url)).toBeUndefined();
	});

	it('shows at most 60 characters of a long host', () => {
		const host = `${'a'.repeat(100)}.local`;
		expect(internalAddressReason(`http://${host}/a.png`)).toBe(`${'a'.repeat(60)}… ${localName}`);
	});

	it('isInternalHost gives the same verdict for a URL host', () => {
		expect(isInternalHost(new URL('http://0x7f000001/').hostname)).toBe(true);
		expect(isInternalHost(new URL('http://printer.local/').hostname)).toBe(true);
		expect(isInternalHost(new URL('http://[::ffff:8.8.8.8]/').hostname)).toBe(false);
		expect(internalHostReason('example.com')).toBeUndefined();
	});
});
