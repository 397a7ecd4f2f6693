import { SeamApi } from '../credentials/SeamApi.credentials';

// The Test button's answers (good key, refused key, personal access token with and without Workspace ID, Seam busy,
// Base URLs that are not Seam's, nothing listening) are checked through a running n8n 2.8.4's own credential test
// (`POST /rest/credentials/test`) in `npm run test:e2e`; the credential's `authenticate` on the node's own requests
// in test/transport.test.ts.
describe('Seam API credential', () => {
	test('the API key field is a password field and required', () => {
		const apiKey = new SeamApi().properties.find((property) => property.name === 'apiKey');
		expect(apiKey).toEqual(expect.objectContaining({ required: true, typeOptions: { password: true } }));
	});
});
