import tseslint from 'typescript-eslint';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';

// The rules n8n applies to verified community nodes, on what ships: nodes/ and credentials/.
export default [
	{ ignores: ['dist/**', 'node_modules/**', 'sandbox/**', 'test/**', 'scripts/**', 'bench/**', 'examples/**'] },
	{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
	n8nCommunityNodesPlugin.configs.recommended,
];
