// Where the API key may go. Both the node's requests (transport) and the credential's Test button (its
// `authenticate`) ask these questions, so the two can never disagree.

/** 127.0.0.0/8, 10/8, 172.16/12, 192.168/16, 169.254/16 (link-local): addresses that never cross the internet. */
function isPrivateIPv4(address: string): boolean {
	const [a, b] = address.split('.').map(Number);
	return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * ::1, fc00::/7 (unique local), fe80::/10 (link-local), and IPv4 written as IPv6: ::ffff:10.0.0.1, or ::ffff:a00:1
 * as the URL parser writes it.
 */
function isPrivateIPv6(address: string): boolean {
	const mapped = /^::ffff:(.+)$/.exec(address);
	if (mapped && IPV4.test(mapped[1])) return isPrivateIPv4(mapped[1]);
	const hex = mapped && /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(mapped[1]);
	if (hex) {
		const [high, low] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
		return isPrivateIPv4([high >> 8, high & 255, low >> 8, low & 255].join('.'));
	}
	return address === '::1' || /^f[cd][0-9a-f]{2}:/.test(address) || /^fe[89ab][0-9a-f]:/.test(address);
}

/** Whether a host name is this machine or an address of a private network (where plain http:// is acceptable). */
export function isLocalHost(hostname: string): boolean {
	const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	if (host === 'localhost' || host.endsWith('.localhost')) return true;
	if (IPV4.test(host)) return isPrivateIPv4(host);
	return host.includes(':') && isPrivateIPv6(host);
}

/**
 * Whether the API key would cross a network unencrypted to reach this URL: `http://` to a host that is not local.
 * A URL that cannot be read is not judged here (sending it fails on its own, saying it is not a web address).
 */
export function isInsecureUrl(url: string): boolean {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return false;
	}
	return parsed.protocol === 'http:' && !isLocalHost(parsed.hostname);
}

/** A URL, or a message naming URLs, as it may be shown: without the `user:password@` part a Base URL can carry. */
export function withoutUserInfo(text: string): string {
	return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi, '$1');
}

export const INSECURE_BASE_URL_MESSAGE =
	'The Base URL in the Seam API credential starts with http://, which would send the API key unencrypted: use https:// (only a local address such as http://localhost may use http://)';
