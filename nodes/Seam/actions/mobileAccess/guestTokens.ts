import type { IDataObject, INodeProperties } from 'n8n-workflow';

// A client session token signs a mobile app in as the guest: whoever reads it from a saved execution or an AI
// tool's answer can act as them. It stays out of outputs unless asked for, as n8n's own nodes do with secrets.

const TOKEN = 'client_session_token';

export const includeTokensOption: INodeProperties = {
	displayName: 'Include Client Session Tokens',
	name: 'includeClientSessionTokens',
	type: 'boolean',
	default: false,
	description:
		'Whether to output the client_session_token of grants and access methods. It signs a mobile app in as the guest: turn it on only when your own app built with Seam’s mobile SDK needs it, since executions are saved with it.',
};

/** The output without any client session token, at any depth. */
export function withoutGuestTokens(value: IDataObject): IDataObject {
	const strip = (entry: unknown): unknown => {
		if (Array.isArray(entry)) return entry.map(strip);
		if (typeof entry !== 'object' || entry === null) return entry;
		return Object.fromEntries(Object.entries(entry).filter(([key]) => key !== TOKEN).map(([key, inner]) => [key, strip(inner)]));
	};
	return strip(value) as IDataObject;
}

/** The output as the options ask: tokens only with Include Client Session Tokens. */
export const guestTokensAsAsked = (output: IDataObject, options: IDataObject): IDataObject =>
	options.includeClientSessionTokens === true ? output : withoutGuestTokens(output);
