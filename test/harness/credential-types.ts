import type { ICredentialType, ICredentialTypes, INodeType } from 'n8n-workflow';
import { NodeHelpers, UnexpectedError, injectDomainRestrictionFields } from 'n8n-workflow';

/** The server's CredentialTypes over what LoadNodesAndCredentials would have loaded. */
export class HarnessCredentialTypes implements ICredentialTypes {
	private readonly types = new Map<string, ICredentialType>();

	private readonly supportedNodes = new Map<string, string[]>();

	/** `nodeTypes`: full type name → node type, to know which nodes declare which credentials. */
	constructor(credentialTypes: ICredentialType[], nodeTypes: Record<string, INodeType>) {
		for (const credentialType of credentialTypes) {
			// LoadNodesAndCredentials.postProcessLoaders adds these to credentials that authenticate.
			credentialType.properties = injectDomainRestrictionFields(credentialType);
			this.types.set(credentialType.name, credentialType);
		}
		for (const [fullName, nodeType] of Object.entries(nodeTypes)) {
			const description = NodeHelpers.getVersionedNodeType(nodeType).description;
			for (const { name } of description.credentials ?? []) {
				this.supportedNodes.set(name, [...(this.supportedNodes.get(name) ?? []), fullName]);
			}
		}
	}

	recognizes(type: string) {
		return this.types.has(type);
	}

	getByName(type: string): ICredentialType {
		const credentialType = this.types.get(type);
		if (!credentialType) {
			throw new UnexpectedError(`Unrecognized credential type: ${type}`);
		}
		return credentialType;
	}

	getSupportedNodes(type: string): string[] {
		return this.supportedNodes.get(type) ?? [];
	}

	getParentTypes(typeName: string): string[] {
		const parents = [...(this.types.get(typeName)?.extends ?? [])];
		for (const parent of [...parents]) {
			parents.push(...this.getParentTypes(parent));
		}
		return parents;
	}
}
