import type {
	ICredentialDataDecryptedObject,
	ICredentialsEncrypted,
	INodeCredentialsDetails,
} from 'n8n-workflow';
import { ICredentials, UserError, deepCopy, jsonParse } from 'n8n-workflow';

import type { HarnessCredential } from './types';

interface Row {
	id: string;
	name: string;
	type: string;
	/** Serialised as the server's `credentials_entity.data` column is (there encrypted; here plain JSON). */
	data: string;
}

export function credentialId(credential: HarnessCredential) {
	return credential.id ?? `${credential.type}-id`;
}

export function credentialName(credential: HarnessCredential) {
	return credential.name ?? `${credential.type} account`;
}

/** The server's credentials table, in memory. */
export class CredentialStore {
	private readonly rows = new Map<string, Row>();

	constructor(credentials: HarnessCredential[]) {
		for (const credential of credentials) {
			const id = credentialId(credential);
			this.rows.set(id, {
				id,
				name: credentialName(credential),
				type: credential.type,
				data: JSON.stringify(credential.data),
			});
		}
	}

	/** As `credentialsRepository.findOneByOrFail({ id, type })`, with the server's error messages. */
	find(nodeCredentials: INodeCredentialsDetails, type: string): StoredCredentials {
		if (!nodeCredentials.id) {
			throw new UserError(`Credential "${nodeCredentials.name}" of type "${type}" has no ID.`);
		}
		const row = this.rows.get(nodeCredentials.id);
		if (!row || row.type !== type) {
			throw new UserError(
				`Credential with ID "${nodeCredentials.id}" does not exist for type "${type}".`,
			);
		}
		return new StoredCredentials({ id: row.id, name: row.name }, row.type, row.data);
	}

	save(credentials: StoredCredentials) {
		const row = this.rows.get(credentials.id ?? '');
		if (!row) throw new UserError(`Credential with ID "${credentials.id}" does not exist.`);
		row.data = credentials.getDataToSave().data ?? '{}';
	}

	data(id: string): ICredentialDataDecryptedObject {
		const row = this.rows.get(id);
		if (!row) throw new UserError(`Credential with ID "${id}" does not exist.`);
		return jsonParse<ICredentialDataDecryptedObject>(row.data);
	}
}

/** n8n-core's `Credentials`, minus the encryption (which needs the server's key store). */
export class StoredCredentials extends ICredentials {
	async getData(): Promise<ICredentialDataDecryptedObject> {
		return jsonParse<ICredentialDataDecryptedObject>(this.data ?? '{}');
	}

	getDataToSave(): ICredentialsEncrypted {
		return { id: this.id, name: this.name, type: this.type, data: this.data };
	}

	async setData(data: ICredentialDataDecryptedObject): Promise<void> {
		this.data = JSON.stringify(deepCopy(data));
	}

	async updateData(
		toUpdate: Partial<ICredentialDataDecryptedObject>,
		toDelete: string[] = [],
	): Promise<void> {
		const updated = { ...(await this.getData()), ...toUpdate } as ICredentialDataDecryptedObject;
		for (const key of toDelete) delete updated[key];
		await this.setData(updated);
	}
}
