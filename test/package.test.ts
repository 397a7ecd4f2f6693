import { PackageDirectoryLoader } from 'n8n-core';
import { resolve } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';

/** Loads the built package the way n8n loads an installed community package (`npm test` builds first). */
describe('the published package', () => {
	const root = resolve(__dirname, '..');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const packageJson = require('../package.json');

	test('ships no runtime dependencies and names n8n-workflow as a peer', () => {
		expect(packageJson.dependencies ?? {}).toEqual({});
		expect(packageJson.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		expect(packageJson.files).toEqual(['dist']);
		expect(packageJson.keywords).toContain('n8n-community-node-package');
	});

	test('names an author with an email, as n8n\'s verification requires', () => {
		expect(packageJson.author).toEqual({ name: expect.any(String), email: expect.stringMatching(/^[^@\s]+@[^@\s]+\.[a-z]+$/) });
	});

	test('dist holds no declaration files (n8n\'s scanner lints every .ts it ships)', () => {
		const files = readdirSync(resolve(root, 'dist'), { recursive: true }) as string[];
		expect(files.filter((file) => file.endsWith('.d.ts'))).toEqual([]);
		expect(files).toContain('credentials/SeamApi.credentials.js');
	});

	test('n8n loads every node and the credential from dist, icons included', async () => {
		const loader = new PackageDirectoryLoader(root);
		await loader.loadAll();

		expect(Object.keys(loader.credentialTypes)).toEqual(['seamApi']);
		const seam = loader.nodeTypes.seam.type;
		expect(seam.description.usableAsTool).toBe(true);
		expect(loader.types.nodes.map((node) => node.name)).toEqual(expect.arrayContaining(['seam', 'seamTrigger', 'seamPollTrigger']));
		for (const path of packageJson.n8n.nodes as string[]) expect(existsSync(resolve(root, path))).toBe(true);

		const icon = (seam.description as { iconUrl?: { light: string; dark: string } }).iconUrl;
		expect(icon).toEqual({ light: expect.stringMatching(/seam\.svg$/), dark: expect.stringMatching(/seam\.dark\.svg$/) });
		expect(existsSync(resolve(root, 'dist/icons/seam.svg'))).toBe(true);
		expect(existsSync(resolve(root, 'dist/icons/seam.dark.svg'))).toBe(true);
		expect(existsSync(resolve(root, 'dist/nodes/Seam/Seam.node.json'))).toBe(true);
	});
});
