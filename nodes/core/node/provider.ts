import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
import type { Resource } from './resource';

/** What a provider module gives the node files: its resources, its credentials and its own parameters. */
export interface Provider {
	resources: Resource[];
	/** Shown for this provider's resources (the node adds that rule); their own rules pick one per authentication. */
	credentials: INodeCredentialDescription[];
	/** Parameters of the provider's that every operation has, e.g. NHN's Authentication. */
	properties: INodeProperties[];
}
