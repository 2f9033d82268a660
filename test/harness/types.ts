import type {
	ExecutionError,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IRun,
	IWorkflowBase,
} from 'n8n-workflow';

/**
 * n8n's `N8N_DEFAULT_BINARY_DATA_MODE`: `default` keeps bytes in the item (base64), `filesystem` stores them on disk.
 * `combined` is filesystem storage with the v2 execution logic's workflow setting `binaryMode: 'combined'`, in which
 * n8n-core moves every node's output files into `json._files` (n8n-core `convertBinaryData`).
 */
export type BinaryMode = 'default' | 'filesystem' | 'combined';

export interface HarnessFile {
	/** Binary property of the item; default `data`. */
	property?: string;
	/** Read from disk… */
	path?: string;
	/** …or given directly. */
	buffer?: Buffer;
	/** Default: the base name of `path`, else `file`. */
	fileName?: string;
	/** Default: n8n's own guess from the file name or contents. */
	mimeType?: string;
}

export interface HarnessItem {
	json?: IDataObject;
	files?: HarnessFile[];
}

export interface HarnessCredential {
	/** Default: `${type}-id`. Nodes reference stored credentials by id, as on the server. */
	id?: string;
	/** Default: `${type} account`. */
	name?: string;
	type: string;
	/** What the user saved; property defaults are applied on read, as the server does. */
	data: ICredentialDataDecryptedObject;
}

export interface EngineOptions {
	/** The stored credentials (the server's credentials table). */
	credentials?: HarnessCredential[];
	/** Default `default`. */
	binaryMode?: BinaryMode;
	/** Extra node types, by full type name (e.g. `test.echo`), next to the package's node and `harness.input`. */
	nodeTypes?: Record<string, INodeType>;
	/** Extra credential types next to the package's three. */
	credentialTypes?: ICredentialType[];
}

export interface RunNodeOptions extends EngineOptions {
	/** The node's parameters. */
	parameters: INodeParameters;
	/** Input items, emitted by a `harness.input` node wired into the node under test. */
	items?: HarnessItem[];
	/** Node setting "On Error: Continue" (`onError: 'continueRegularOutput'`). */
	continueOnFail?: boolean;
	/** Default: the package's NhnClovaOcr node. */
	nodeType?: INodeType;
	/** Default 1 (or the node's highest version). */
	typeVersion?: number;
}

/** A workflow as n8n exports it; only `nodes` and `connections` are required. */
export type HarnessWorkflow = Pick<IWorkflowBase, 'nodes' | 'connections'> &
	Partial<Pick<IWorkflowBase, 'id' | 'name' | 'settings' | 'staticData' | 'pinData'>>;

export interface HarnessWorkflowRun {
	run: IRun;
	/**
	 * The workflow's error as the engine reports it (`run.data.resultData.error`). n8n-core 2.41
	 * stores a plain copy of the thrown error (`{ ...error, message, stack }`), so it is not an
	 * instance of NodeApiError/NodeOperationError: check `name`, `message`, `description`,
	 * `httpCode`, `context.itemIndex`.
	 */
	error?: ExecutionError;
	/** Items of `nodeName`'s output `outputIndex` in its last run; empty when it produced none. */
	output(nodeName: string, outputIndex?: number): INodeExecutionData[];
	/** Reads an item's binary through n8n's BinaryDataService of the run's mode. */
	binary(item: INodeExecutionData, property?: string): Promise<Buffer>;
	/** A stored credential's raw data after the run, including what preAuthentication saved. */
	storedCredentials(id: string): ICredentialDataDecryptedObject;
	/** Every message the n8n logger received during the run, with its metadata as JSON. */
	logs: string[];
}

export interface HarnessRun extends HarnessWorkflowRun {
	/** The node's main[0] output; empty when it failed. */
	items: INodeExecutionData[];
}
