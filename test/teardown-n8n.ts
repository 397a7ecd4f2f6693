import { Container } from '@n8n/di';

/**
 * n8n-core starts interval timers in services it creates on first use (SSH client cleanup, cron logging);
 * a jest worker would wait for them. Stop the ones this test file started.
 */
afterAll(() => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { SSHClientsManager } = require('n8n-core/dist/execution-engine/ssh-clients-manager');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { ScheduledTaskManager } = require('n8n-core/dist/execution-engine/scheduled-task-manager');
	if (Container.has(SSHClientsManager)) Container.get<{ onShutdown(): void }>(SSHClientsManager).onShutdown();
	if (Container.has(ScheduledTaskManager)) {
		const manager = Container.get<{ logInterval?: NodeJS.Timeout }>(ScheduledTaskManager);
		clearInterval(manager.logInterval);
	}
});
