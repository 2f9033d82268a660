import type { ICredentialDataDecryptedObject, ICredentialsDecrypted } from 'n8n-workflow';
import type { CredentialSession } from '../core/transport/credentials';

/** The hidden credential properties n8n's preAuthentication fills (see NhnCloudUserAccessKeyApi). */
const TOKEN_FIELDS = ['accessToken', 'accessTokenExpiresAt', 'accessTokenLifetime'] as const;
type TokenFields = Partial<Record<(typeof TOKEN_FIELDS)[number], unknown>>;

const MAX_MARGIN_MS = 60_000;

/**
 * Renew this long before the stored expiry: a tenth of the token's lifetime, at most a minute, so a 60 s token
 * serves calls for 54 s. A token stored without its lifetime keeps the minute.
 */
export function renewalMarginMs(data: ICredentialDataDecryptedObject): number {
	const lifetime = Number(data.accessTokenLifetime);
	return Number.isFinite(lifetime) && lifetime > 0
		? Math.min(MAX_MARGIN_MS, (lifetime * 1000) / 10)
		: MAX_MARGIN_MS;
}

export function tokenIsUsable(data: ICredentialDataDecryptedObject, now = Date.now()): boolean {
	if (!data.accessToken) return false;
	const expiresAt = Date.parse(String(data.accessTokenExpiresAt ?? ''));
	return !Number.isFinite(expiresAt) || expiresAt - renewalMarginMs(data) > now;
}

function tokenFields(data: ICredentialDataDecryptedObject): TokenFields {
	const fields: TokenFields = {};
	for (const key of TOKEN_FIELDS) if (data[key] !== undefined) fields[key] = data[key];
	return fields;
}

interface Renewal {
	/** The token being replaced. */
	replaces: unknown;
	/** What the renewal got; undefined when no token was issued. */
	done: Promise<TokenFields | undefined>;
}

/** Renewals in flight in this process, by credential id: executions sharing a credential share a renewal. */
const renewals = new Map<string, Renewal>();

/** The request that renews the token: send it with `credentials`, then call `finish()`, whatever happened. */
export interface TokenRenewal {
	credentials: ICredentialsDecrypted;
	finish(): void;
}

/**
 * The token of one credential in one execution. Items that need a new token at the same time get one renewal:
 * the first renews, with its own request (n8n's preAuthentication issues and stores the token when the request
 * carries an empty one), the others wait and use the token it got.
 */
export class TokenKeeper {
	private pending?: Promise<unknown>;
	/** Tokens already re-read from the store after NHN refused them. */
	private readonly reread = new Set<unknown>();

	constructor(private readonly session: CredentialSession) {}

	get token(): unknown {
		return this.session.data.accessToken;
	}

	/**
	 * Ready to send with the session's token (undefined), or the renewal this item must make. `refused` is the token
	 * NHN just refused (4010006): the stored credential is read again first, since another execution or worker may
	 * have renewed it already; only when it still holds the refused token is a new one issued.
	 */
	async prepare(itemIndex: number, refused?: unknown): Promise<TokenRenewal | undefined> {
		for (;;) {
			if (this.pending) {
				await this.pending;
				continue;
			}
			const data = this.session.data;
			const wasRefused = refused !== undefined && data.accessToken === refused;
			if (!wasRefused && tokenIsUsable(data)) return undefined;
			const shared = renewals.get(this.session.id);
			if (shared && shared.replaces === data.accessToken) {
				await this.hold(shared.done.then((fields) => this.adopt(fields)));
			} else if (wasRefused && !this.reread.has(refused)) {
				this.reread.add(refused);
				await this.hold(
					this.session.reread(itemIndex).then((stored) => {
						if (stored.accessToken !== refused && tokenIsUsable(stored))
							this.adopt(tokenFields(stored));
					}),
				);
			} else {
				return this.renew();
			}
		}
	}

	/** Other items of the execution wait while `work` runs, then look again. */
	private async hold(work: Promise<unknown>): Promise<void> {
		const held: Promise<void> = work
			.then(
				() => undefined,
				() => undefined,
			)
			.finally(() => {
				if (this.pending === held) this.pending = undefined;
			});
		this.pending = held;
		await held;
	}

	private adopt(fields: TokenFields | undefined): void {
		if (fields?.accessToken) Object.assign(this.session.data, fields);
	}

	private renew(): TokenRenewal {
		const replaces = this.session.data.accessToken;
		const data: ICredentialDataDecryptedObject = { ...this.session.data, accessToken: '' };
		let finish!: (fields: TokenFields | undefined) => void;
		const done = new Promise<TokenFields | undefined>((resolve) => (finish = resolve));
		const renewal: Renewal = { replaces, done };
		const id = this.session.id;
		if (id) renewals.set(id, renewal);
		void this.hold(
			done.then((fields) => {
				this.adopt(fields);
				if (renewals.get(id) === renewal) renewals.delete(id);
			}),
		);
		return {
			credentials: this.session.decrypted(data),
			// preAuthentication wrote the new token into `data` (Object.assign), as n8n's CredentialsHelper does.
			finish: () => finish(data.accessToken ? tokenFields(data) : undefined),
		};
	}
}

const keepers = new WeakMap<CredentialSession, TokenKeeper>();

export function tokenKeeper(session: CredentialSession): TokenKeeper {
	let keeper = keepers.get(session);
	if (!keeper) {
		keeper = new TokenKeeper(session);
		keepers.set(session, keeper);
	}
	return keeper;
}
