import { join } from 'node:path';

import { commandExists, freePort, runOrFail, startService, waitFor, type Service } from './processes';

/**
 * A throwaway Redis on 127.0.0.1 for queue mode: Debian's `redis-server` (installed with apt-get when missing),
 * no persistence, data in `folder`.
 */
export async function startRedis(folder: string, logFolder: string): Promise<{ service: Service; port: number }> {
	if (!commandExists('redis-server')) {
		if (process.getuid?.() !== 0) throw new Error('redis-server is missing: install Debian\'s redis-server package (apt-get install redis-server)');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		await runOrFail('apt-get', ['update', '-qq'], { env });
		await runOrFail('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'redis-server'], { env });
	}
	const port = await freePort();
	const service = startService(
		'redis',
		'redis-server',
		['--bind', '127.0.0.1', '--port', String(port), '--dir', folder, '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
		{ logFile: join(logFolder, 'redis.log') },
	);
	await waitFor('Redis', async () => (/Ready to accept connections/.test(service.log()) ? true : undefined), { service });
	return { service, port };
}
