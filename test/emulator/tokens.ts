import { randomBytes } from 'node:crypto';

interface IssuedToken {
	expiresAt: number;
	revoked: boolean;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Opaque User Access Key tokens, like the sample in user-access-key-token.md (128 letters and digits). */
export class TokenStore {
	private readonly tokens = new Map<string, IssuedToken>();

	constructor(private readonly now: () => number) {}

	issue(ttlSeconds: number): string {
		const token = [...randomBytes(128)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
		this.tokens.set(token, { expiresAt: this.now() + ttlSeconds * 1000, revoked: false });
		return token;
	}

	isValid(token: string): boolean {
		const issued = this.tokens.get(token);
		return issued !== undefined && !issued.revoked && this.now() < issued.expiresAt;
	}

	revoke(token: string): void {
		const issued = this.tokens.get(token);
		if (issued) issued.revoked = true;
	}

	issuedCount(): number {
		return this.tokens.size;
	}

	expireAll(): void {
		for (const issued of this.tokens.values())
			issued.expiresAt = Math.min(issued.expiresAt, this.now());
	}

	/** Every token string, so the log can be checked for leaks. */
	all(): string[] {
		return [...this.tokens.keys()];
	}
}
