import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject } from 'n8n-workflow';

import { sandboxClient } from '../../sandbox/client';
import { runSeamNode, type RunResult } from '../harness';
import { useSandbox } from '../harness/sandbox';
import { BAD_INPUTS, type BadInput, type Targets } from './badInput.cases';
import { useShortTimeouts } from './faults';
import { expectNoSecrets, guardConsoleAgainstSecrets } from './secrets';
import { storeCounts } from './state';

/** A server that answers every request the same way: what a proxy or a wrong Base URL may put between n8n and Seam. */
async function fixedAnswer(status: number, contentType: string, body: string): Promise<http.Server> {
	const server = http.createServer((_request, response) => {
		response.writeHead(status, { 'content-type': contentType });
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return server;
}

const urlOf = (server: http.Server): string => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

/** Imperatives the descriptions use to say what to do about it. */
const FIX = /\b(pick|give|use|write|check|correct|choose|set|map|remove|leave|reuse|copy)\b/i;

describe(`Bad input: ${BAD_INPUTS.length} cases, each a clear error on its item that creates nothing`, () => {
	const seam = useSandbox();
	useShortTimeouts();
	guardConsoleAgainstSecrets();
	const servers: http.Server[] = [];
	let targets: Targets;

	beforeAll(async () => {
		servers.push(await fixedAnswer(502, 'text/html', '<html><body><h1>502 Bad Gateway</h1></body></html>'));
		servers.push(await fixedAnswer(200, 'text/plain', 'OK'));
		targets = { sandbox: seam.credentials, proxyHtml: urlOf(servers[0]), plainText: urlOf(servers[1]) };
	});
	afterAll(() => servers.forEach((server) => server.close()));

	async function run(row: BadInput, input: IDataObject[]): Promise<RunResult> {
		const credentials = row.credentials?.({ ...targets, sandbox: seam.credentials }) ?? seam.credentials;
		const result = await runSeamNode({ credentials, parameters: row.parameters, input, continueOnFail: true });
		expectNoSecrets(result);
		return result;
	}

	test.each(BAD_INPUTS)('$name', async (row) => {
		if (row.arrange) await sandboxClient(seam.sandbox).call(row.arrange.route, row.arrange.body);
		const before = storeCounts(seam.sandbox.store);
		seam.sandbox.clearRequests();

		const alone = await run(row, [row.bad]);

		expect(alone.items).toHaveLength(1);
		const [failed] = alone.items;
		// The error on the item, as the output panel shows it (n8n keeps the description on `error`, the message in the JSON).
		const { message, description } = failed.error ?? { message: failed.json.error, description: failed.json.description };
		expect(failed.pairedItem).toEqual({ item: 0 });
		expect(`${message}\n${description}`).toMatch(row.field);
		expect(description).toMatch(FIX);
		expect(storeCounts(seam.sandbox.store)).toEqual(before);
		expect(seam.calls().filter((call) => call.status < 300 && !/\/(get|list\w*)$/.test(call.route))).toEqual([]);

		if (!row.good) return;
		const mixed = await run(row, [row.good[0], row.bad, row.good[1]]);
		// Per input item, whether its output items are errors (a Get Many gives several items per input).
		const failedOf = (index: number) =>
			new Set(mixed.items.filter((item) => (item.pairedItem as { item: number }).item === index).map((item) => 'error' in item.json));
		expect([0, 1, 2].map((index) => [...failedOf(index)])).toEqual([[false], [true], [false]]);
	});
});
