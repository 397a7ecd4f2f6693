import net from 'node:net';
import type { AddressInfo } from 'node:net';

import { SEED } from '../../sandbox';
import { failureOf, runSeamNode, type RunOptions } from '../harness';
import { isInsecureUrl, isLocalHost, withoutUserInfo } from '../../nodes/shared/transport/baseUrl';
import { LIMITS } from '../../nodes/shared/transport/limits';
import { json, recordingServer as server, redirectToAnotherHost, tricklingServer } from '../harness/recording-server';

// Issue 22: "the API key goes only to Seam". A wrong or hostile Base URL, played by a local server, meets each guard
// through n8n-core's real WorkflowExecute and the credential's real `authenticate`; the test asserts what that server
// (and any other host it points at) received, and the item's error.

const API_KEY = 'seam_hostile_test_key_123';
const getSalto = { resource: 'acsSystem', operation: 'get', acsSystemId: { __rl: true, mode: 'id', value: SEED.saltoSpace.acsSystemId } };
const allUsers = { resource: 'acsUser', operation: 'getAll', returnAll: true, simplify: false };
const allEvents = { resource: 'event', operation: 'getAll', returnAll: true, since: '2025-01-01T00:00:00.000Z' };

async function runAgainst(baseUrl: string, parameters: RunOptions['parameters']) {
	const started = Date.now();
	const result = await runSeamNode({ credentials: { apiKey: API_KEY, baseUrl }, parameters, continueOnFail: true });
	expect(result.items).toHaveLength(1);
	expect(result.items[0].pairedItem).toEqual({ item: 0 });
	return { failure: failureOf(result.items[0]), seconds: (Date.now() - started) / 1000, result };
}

describe('a Base URL that redirects: the other host never sees the API key', () => {
	test.each([307, 302, 301, 308])('HTTP %i to another host: not followed, the item fails saying so', async (status) => {
		const { redirecting, otherHost, close } = await redirectToAnotherHost(status, { acs_system: { acs_system_id: 'x' }, ok: true });
		try {
			const { failure } = await runAgainst(redirecting.url, getSalto);

			expect(redirecting.received.map((request) => request.headers.authorization)).toEqual([`Bearer ${API_KEY}`]);
			expect(otherHost.received).toEqual([]);
			expect(failure.message).toBe(
				`The server at ${redirecting.url} redirected the request to http://localhost:${otherHost.port} (HTTP ${status}); n8n did not follow it, so the API key was not sent there`,
			);
			expect(failure.description).toMatch(/Base URL in the Seam API credential/);
		} finally {
			await close();
		}
	});

	test('a redirect to the same host is not followed either (Seam never redirects)', async () => {
		const redirecting = await server((request, response) => {
			if (request.url === '/acs/systems/get') {
				response.writeHead(307, { location: '/elsewhere/acs/systems/get' });
				response.end();
			} else json(response, { acs_system: { acs_system_id: 'x' }, ok: true });
		});
		try {
			const { failure } = await runAgainst(redirecting.url, getSalto);
			expect(redirecting.received.map((request) => request.url)).toEqual(['/acs/systems/get']);
			expect(failure.message).toMatch(/redirected the request to http:\/\/127\.0\.0\.1:\d+ \(HTTP 307\)/);
		} finally {
			await redirecting.close();
		}
	});
});

describe('a Base URL with http:// beyond this machine: the key is never sent unencrypted', () => {
	test('http:// to a public host fails before any request, saying to use https://', async () => {
		const { failure } = await runAgainst('http://seam-proxy.example.com', getSalto);
		expect(failure.message).toBe(
			'The Base URL in the Seam API credential starts with http://, which would send the API key unencrypted: use https:// (only a local address such as http://localhost may use http://)',
		);
		expect(failure.description).toMatch(/https:\/\/connect\.getseam\.com/);
	});

	test('which addresses may use http://: this machine and private networks only', () => {
		const local = ['localhost', 'api.localhost', '127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.20', '169.254.1.1', '[::1]', '[fd12:3456::1]', '[fe80::1]', '[::ffff:10.0.0.1]'];
		const remote = ['connect.getseam.com', 'example.com', '8.8.8.8', '172.32.0.1', '172.15.0.1', '192.169.0.1', '[2001:db8::1]', '[::ffff:8.8.8.8]', 'localhost.example.com'];
		expect(local.filter((host) => !isLocalHost(host))).toEqual([]);
		expect(remote.filter((host) => isLocalHost(host))).toEqual([]);
		expect(isInsecureUrl('http://example.com')).toBe(true);
		expect(isInsecureUrl('HTTP://EXAMPLE.COM/')).toBe(true);
		expect(isInsecureUrl('https://example.com')).toBe(false);
		expect(isInsecureUrl('http://127.0.0.1:4010')).toBe(false);
		expect(isInsecureUrl('connect.getseam.com')).toBe(false); // not a URL: refused later as one
		// The URL parser's own spellings of addresses: decimal IPv4, IPv4-mapped IPv6 in hex.
		expect(isInsecureUrl('http://2130706433:4010')).toBe(false);
		expect(isInsecureUrl('http://[::ffff:10.0.0.1]/')).toBe(false);
		expect(isInsecureUrl('http://[::ffff:8.8.8.8]/')).toBe(true);
	});
});

describe('a Base URL whose answer never ends: a size cap and a time limit per attempt', () => {
	test('a 200 MB answer ends at the cap with a clear error, long before 200 MB are sent', async () => {
		const chunk = Buffer.alloc(1024 * 1024, 'x');
		let sent = 0;
		const huge = await server((_request, response) => {
			response.writeHead(200, { 'content-type': 'application/json' });
			response.write('{"acs_system":"');
			const more = () => {
				while (sent < 200 * chunk.length && !response.destroyed) {
					sent += chunk.length;
					if (!response.write(chunk)) return void response.once('drain', more);
				}
				response.end('"}');
			};
			response.on('close', () => response.removeAllListeners('drain'));
			more();
		});
		try {
			const { failure, seconds } = await runAgainst(huge.url, getSalto);

			expect(failure.message).toBe(`The server at ${huge.url} sent an answer larger than 32 MB, far more than Seam sends`);
			expect(failure.description).toMatch(/did not try again/);
			expect(huge.received).toHaveLength(1);
			expect(sent).toBeLessThan(100 * chunk.length);
			expect(seconds).toBeLessThan(LIMITS.attemptMs / 1000);
		} finally {
			await huge.close();
		}
	});

	test('an answer trickled a byte at a time ends at the time limit, not retried', async () => {
		const limit = jest.replaceProperty(LIMITS, 'attemptMs', 1500);
		const trickling = await tricklingServer();
		try {
			const { failure, seconds } = await runAgainst(trickling.url, getSalto);

			expect(failure.message).toBe(`The server at ${trickling.url} did not finish answering within 1.5 s`);
			expect(trickling.received).toHaveLength(1); // a read, yet not retried
			expect(seconds).toBeGreaterThanOrEqual(1.4);
			expect(seconds).toBeLessThan(4);
		} finally {
			limit.restore();
			await trickling.close();
		}
	});

	test('headers trickled a byte at a time end at the time limit too, and the connection is closed', async () => {
		const limit = jest.replaceProperty(LIMITS, 'attemptMs', 1500);
		const sockets: net.Socket[] = [];
		const closed: Array<Promise<void>> = [];
		const trickling = net.createServer((socket) => {
			sockets.push(socket);
			closed.push(new Promise((resolve) => socket.once('close', () => resolve())));
			const head = 'HTTP/1.1 200 OK\r\nx-padding: ' + 'x'.repeat(10_000);
			let at = 0;
			const timer = setInterval(() => socket.write(head[at++ % head.length]), 100);
			socket.once('close', () => clearInterval(timer));
			socket.on('error', () => undefined);
		});
		await new Promise<void>((resolve) => trickling.listen(0, '127.0.0.1', resolve));
		const url = `http://127.0.0.1:${(trickling.address() as AddressInfo).port}`;
		try {
			const { failure, seconds } = await runAgainst(url, getSalto);

			expect(failure.message).toBe(`The server at ${url} did not finish answering within 1.5 s`);
			expect(sockets).toHaveLength(1);
			expect(seconds).toBeLessThan(4);
			let timer: NodeJS.Timeout | undefined;
			const stillOpen = await Promise.race([
				Promise.all(closed).then(() => false),
				new Promise((resolve) => (timer = setTimeout(() => resolve(true), 2000))),
			]);
			clearTimeout(timer);
			expect(stillOpen).toBe(false);
		} finally {
			limit.restore();
			sockets.forEach((socket) => socket.destroy());
			await new Promise<void>((resolve) => trickling.close(() => resolve()));
		}
	});
});

describe('a list that never ends: every pager stops', () => {
	test('a cursor handed out twice ends the list at the second page', async () => {
		const looping = await server((_request, response) =>
			json(response, { acs_users: [{ acs_user_id: 'u' }], pagination: { has_next_page: true, next_page_cursor: 'again' }, ok: true }),
		);
		try {
			const { failure } = await runAgainst(looping.url, allUsers);

			expect(looping.received.map((request) => request.body)).toEqual([{ limit: 500 }, { limit: 500, page_cursor: 'again' }]);
			expect(failure.message).toBe("Seam's acs/users/list sent a page it had already sent, instead of the next one");
			expect(failure.description).toMatch(/would never end/);
		} finally {
			await looping.close();
		}
	});

	test('a new cursor on every page ends at the page limit', async () => {
		const limit = jest.replaceProperty(LIMITS, 'pages', 40);
		let page = 0;
		const endless = await server((_request, response) =>
			json(response, { acs_users: [{ acs_user_id: `u${page}` }], pagination: { has_next_page: true, next_page_cursor: `c${++page}` }, ok: true }),
		);
		try {
			const { failure } = await runAgainst(endless.url, allUsers);

			expect(endless.received).toHaveLength(40);
			expect(failure.message).toBe("Seam's acs/users/list did not end after 40 pages");
		} finally {
			limit.restore();
			await endless.close();
		}
	});

	test('events/list answering new events for ever ends at the page limit', async () => {
		const limit = jest.replaceProperty(LIMITS, 'pages', 30);
		let next = 0;
		const endless = await server((request, response) => {
			const count = request.body.limit as number;
			const events = Array.from({ length: count }, () => ({ event_id: `e${next++}`, event_type: 'lock.locked', created_at: '2025-01-15T12:00:00.000Z' }));
			json(response, { events, ok: true });
		});
		try {
			const { failure } = await runAgainst(endless.url, allEvents);

			expect(endless.received).toHaveLength(30);
			expect(failure.message).toBe("Seam's events/list did not end after 30 pages");
		} finally {
			limit.restore();
			await endless.close();
		}
	});
});

describe("a Base URL's user:password never shows in messages", () => {
	test('nothing listening at a Base URL with user info', async () => {
		const { failure, result } = await runAgainst('http://admin:hunter2secret@127.0.0.1:1', getSalto);
		expect(failure.message).toBe('Could not reach Seam at http://127.0.0.1:1');
		expect(JSON.stringify(result.run.data.resultData)).not.toContain('hunter2secret');
	});

	test('a server that is not Seam at a Base URL with user info', async () => {
		const notSeam = await server((_request, response) => {
			response.writeHead(404, { 'content-type': 'text/html' });
			response.end('<html>no</html>');
		});
		try {
			const withUser = notSeam.url.replace('http://', 'http://admin:hunter2secret@');
			const { failure, result } = await runAgainst(withUser, getSalto);
			expect(failure.message).toBe(`The server at ${notSeam.url} answered with a web page (HTTP 404) instead of the Seam API`);
			expect(JSON.stringify(result.run.data.resultData)).not.toContain('hunter2secret');
		} finally {
			await notSeam.close();
		}
	});

	test('withoutUserInfo drops user:password from every URL in a text, and leaves the rest', () => {
		expect(withoutUserInfo('https://a:b@seam.example.com/x?y=z@w')).toBe('https://seam.example.com/x?y=z@w');
		expect(withoutUserInfo('failed: http://u@h:1 and https://p:q@k')).toBe('failed: http://h:1 and https://k');
		expect(withoutUserInfo('https://connect.getseam.com')).toBe('https://connect.getseam.com');
	});
});
