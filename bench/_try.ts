import { startSandbox } from '../sandbox';
import { overhead } from './overhead';
import { bigList } from './bigList';
(async () => {
	const sandbox = await startSandbox();
	console.log(await overhead(sandbox, Number(process.argv[2] ?? 200)));
	console.log(await bigList(sandbox, Number(process.argv[3] ?? 10000)));
	await sandbox.stop();
	process.exit(0);
})();
