import { startSandbox } from '../sandbox';
import { bigList } from './bigList';
(async () => {
	const sandbox = await startSandbox();
	console.log(JSON.stringify(await bigList(sandbox, Number(process.argv[2] ?? 10000))));
	await sandbox.stop();
	process.exit(0);
})();
