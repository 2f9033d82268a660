import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IExecuteFunctions,
} from 'n8n-workflow';

/**
 * A credential as one node execution uses it: read and decrypted once (in n8n each read evaluates the credential's
 * expressions), then handed to `httpRequestWithAuthentication` with every request, which then reads nothing itself.
 */
export class CredentialSession {
	/** The id of the stored credential: executions in this process that share it share its token renewals. */
	readonly id: string;
	private readonly name: string;

	constructor(
		private readonly ctx: IExecuteFunctions,
		readonly type: string,
		/** The decrypted data; a renewed token is written into it. */
		readonly data: ICredentialDataDecryptedObject,
	) {
		// Read once: n8n's getNode() copies the whole node, parameters included, on every call.
		const stored = ctx.getNode().credentials?.[type];
		this.id = stored?.id ?? '';
		this.name = stored?.name ?? '';
	}

	/** What `additionalCredentialOptions.credentialsDecrypted` takes; `data` replaces the session's data. */
	decrypted(data: ICredentialDataDecryptedObject = this.data): ICredentialsDecrypted {
		return { id: this.id, name: this.name, type: this.type, data };
	}

	/** The stored credential as it is now (in n8n, from the database: another execution may have renewed its token). */
	async reread(itemIndex: number): Promise<ICredentialDataDecryptedObject> {
		return await this.ctx.getCredentials(this.type, itemIndex);
	}
}

const sessions = new WeakMap<IExecuteFunctions, Map<string, Promise<CredentialSession>>>();

/** The execution's session for this credential type, reading the credential on first use. */
export async function credentialSession(
	ctx: IExecuteFunctions,
	type: string,
	itemIndex: number,
): Promise<CredentialSession> {
	const byType = sessions.get(ctx) ?? new Map<string, Promise<CredentialSession>>();
	sessions.set(ctx, byType);
	let session = byType.get(type);
	if (!session) {
		session = ctx
			.getCredentials(type, itemIndex)
			.then((data) => new CredentialSession(ctx, type, data));
		// A failed read (e.g. no credential selected) is not kept: the next item reads again and fails on its own.
		session.catch(() => byType.delete(type));
		byType.set(type, session);
	}
	return await session;
}
