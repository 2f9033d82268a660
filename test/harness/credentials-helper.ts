/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { getAdditionalKeys } from 'n8n-core';
import type {
	CredentialInformation,
	ICredentialDataDecryptedObject,
	ICredentialsExpressionResolveValues,
	IExecuteData,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeParameters,
	INodeProperties,
	IRequestOptionsSimplified,
	IWorkflowDataProxyAdditionalKeys,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import {
	ICredentialsHelper,
	NodeHelpers,
	UnexpectedError,
	UserError,
	Workflow,
	getCredentialOwnRequestAllowedDomains,
	isExpression,
	jsonParse,
} from 'n8n-workflow';

import type { CredentialStore, StoredCredentials } from './credential-store';
import type { HarnessCredentialTypes } from './credential-types';
import { createMockNodeTypes, mockNode } from './mock-node-types';

const INVALID_JSON_VALUE = Symbol('invalidJsonValue');

/**
 * A port of the server's `CredentialsHelper` (packages/cli/src/credentials-helper.ts, n8n 2.41)
 * over an in-memory credentials table. Left out, because nothing here can use them: credential
 * overwrites, external secrets, dynamic (per-user) credentials, AI-gateway credentials, project
 * policies, OAuth "pinned" fields and encryption at rest.
 */
export class HarnessCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly credentialTypes: HarnessCredentialTypes,
		private readonly store: CredentialStore,
	) {
		super();
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		incomingRequestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const requestOptions = incomingRequestOptions;
		const credentialType = this.credentialTypes.getByName(typeName);

		if (typeof credentialType.authenticate === 'function') {
			return await credentialType.authenticate(credentials, requestOptions as IHttpRequestOptions);
		}

		if (typeof credentialType.authenticate === 'object') {
			if (!workflow || !node) {
				throw new UnexpectedError(
					'Workflow and node are required for declarative credential authentication',
				);
			}
			const { authenticate } = credentialType;
			if (requestOptions.headers === undefined) {
				requestOptions.headers = {};
			}
			if (authenticate.type === 'generic') {
				const target = requestOptions as unknown as Record<string, Record<string, unknown>>;
				for (const [outerKey, outerValue] of Object.entries(authenticate.properties)) {
					for (const [key, value] of Object.entries(outerValue as Record<string, string>)) {
						const keyResolved = this.resolveValue(
							key,
							{ $credentials: credentials },
							workflow,
							node,
						);
						const valueResolved = this.resolveValue(
							value,
							{ $credentials: credentials },
							workflow,
							node,
						);
						if (!target[outerKey]) target[outerKey] = {};
						target[outerKey][keyResolved] = valueResolved;
					}
				}
			}
		}

		return requestOptions as IHttpRequestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const credentialType = this.credentialTypes.getByName(typeName);

		const expirableProperty = credentialType.properties.find(
			(property) => property.type === 'hidden' && property?.typeOptions?.expirable === true,
		);
		if (expirableProperty?.name === undefined) {
			return undefined;
		}

		// The server's "Test credential" request runs on this mock node.
		const isTestingCredentials =
			node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';

		if (typeof credentialType.preAuthentication !== 'function') {
			return undefined;
		}
		if (
			credentials[expirableProperty.name] !== '' &&
			!credentialsExpired &&
			!isTestingCredentials
		) {
			return undefined;
		}

		const output = await credentialType.preAuthentication.call(
			restrictToCredentialDomains(helpers, credentials),
			credentials,
		);

		// Without the expirable property in the output, the server saves nothing.
		if (output[expirableProperty.name] === undefined) {
			return undefined;
		}

		if (node.credentials) {
			const nodeCredentials = node.credentials[credentialType.name];
			// Never overwrite a field the user stored as an expression with this run's value.
			const storedData = await (
				await this.getCredentials(nodeCredentials, credentialType.name)
			).getData();
			const dataToPersist: ICredentialDataDecryptedObject = { ...storedData };
			for (const [key, value] of Object.entries(output)) {
				if (key === expirableProperty.name || !isExpression(storedData[key])) {
					dataToPersist[key] = value as CredentialInformation;
				}
			}
			await this.updateCredentials(nodeCredentials, credentialType.name, dataToPersist);
			return Object.assign(credentials, output as ICredentialDataDecryptedObject);
		}
		return undefined;
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const credentialType = this.credentialTypes.getByName(typeName);
		if (typeof credentialType.preAuthentication !== 'function') {
			return undefined;
		}
		const output = await credentialType.preAuthentication.call(
			restrictToCredentialDomains(helpers, credentials),
			credentials,
		);
		return (output as ICredentialDataDecryptedObject) ?? undefined;
	}

	getParentTypes(typeName: string): string[] {
		return this.credentialTypes.getParentTypes(typeName);
	}

	async getCredentials(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<StoredCredentials> {
		return this.store.find(nodeCredentials, type);
	}

	isCredentialUsableByNode(credentialType: string, nodeType: string): boolean {
		if (!this.credentialTypes.recognizes(credentialType)) return true;
		if (!this.credentialTypes.getByName(credentialType).restrictToSupportedNodes) return true;
		return this.credentialTypes.getSupportedNodes(credentialType).includes(nodeType);
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		const credentialTypeData = this.credentialTypes.getByName(type);

		if (credentialTypeData.extends === undefined) {
			if (['oAuth1Api', 'oAuth2Api'].includes(type)) {
				return [
					...credentialTypeData.properties,
					{
						displayName: 'oauthTokenData',
						name: 'oauthTokenData',
						type: 'json',
						required: false,
						default: {},
					},
				];
			}
			return credentialTypeData.properties;
		}

		const combineProperties = [] as INodeProperties[];
		for (const credentialsTypeName of credentialTypeData.extends) {
			NodeHelpers.mergeNodeProperties(
				combineProperties,
				this.getCredentialsProperties(credentialsTypeName),
			);
		}
		// The properties defined on the child take precedence over the parents'.
		NodeHelpers.mergeNodeProperties(combineProperties, credentialTypeData.properties);
		return combineProperties;
	}

	async getDecrypted(
		additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		mode: WorkflowExecuteMode,
		executeData?: IExecuteData,
		raw?: boolean,
		expressionResolveValues?: ICredentialsExpressionResolveValues,
	): Promise<ICredentialDataDecryptedObject> {
		const credentials = await this.getCredentials(nodeCredentials, type);
		const decryptedDataOriginal = await credentials.getData();

		if (raw === true) {
			return decryptedDataOriginal;
		}

		return await this.applyDefaultsAndOverwrites(
			additionalData,
			decryptedDataOriginal,
			type,
			mode,
			executeData,
			expressionResolveValues,
		);
	}

	async applyDefaultsAndOverwrites(
		additionalData: IWorkflowExecuteAdditionalData,
		decryptedDataOriginal: ICredentialDataDecryptedObject,
		type: string,
		mode: WorkflowExecuteMode,
		executeData?: IExecuteData,
		expressionResolveValues?: ICredentialsExpressionResolveValues,
	): Promise<ICredentialDataDecryptedObject> {
		const credentialsProperties = this.getCredentialsProperties(type);

		let decryptedData = NodeHelpers.getNodeParameters(
			credentialsProperties,
			{ ...decryptedDataOriginal } as INodeParameters,
			true,
			false,
			null,
			null,
		) as ICredentialDataDecryptedObject;

		if (decryptedDataOriginal.oauthTokenData !== undefined) {
			decryptedData.oauthTokenData = decryptedDataOriginal.oauthTokenData;
		}
		if (
			decryptedData.allowedHttpRequestDomains === undefined &&
			decryptedDataOriginal.allowedHttpRequestDomains !== undefined
		) {
			decryptedData.allowedHttpRequestDomains = decryptedDataOriginal.allowedHttpRequestDomains;
		}
		if (
			decryptedData.allowedDomains === undefined &&
			decryptedDataOriginal.allowedDomains !== undefined
		) {
			decryptedData.allowedDomains = decryptedDataOriginal.allowedDomains;
		}

		const parsedJsonLeafExpressionFields = parseJsonLeafExpressionFields(
			credentialsProperties,
			decryptedData,
		);

		const additionalKeys = getAdditionalKeys(additionalData, mode, null, { isCredential: true });

		if (expressionResolveValues) {
			try {
				decryptedData = expressionResolveValues.workflow.expression.getParameterValue(
					decryptedData as INodeParameters,
					expressionResolveValues.runExecutionData,
					expressionResolveValues.runIndex,
					expressionResolveValues.itemIndex,
					expressionResolveValues.node.name,
					expressionResolveValues.connectionInputData,
					mode,
					additionalKeys,
					executeData,
					false,
					decryptedData,
				) as ICredentialDataDecryptedObject;
			} catch (e) {
				e.message += ' [Error resolving credentials]';
				throw e;
			}
		} else {
			const workflow = new Workflow({
				nodes: [mockNode],
				connections: {},
				active: false,
				nodeTypes: createMockNodeTypes(),
			});
			await workflow.expression.acquireIsolate();
			try {
				decryptedData = resolveCredentialExpressions(
					workflow,
					credentialsProperties,
					decryptedData,
					mode,
					additionalKeys,
				);
			} finally {
				await workflow.expression.releaseIsolate();
			}
		}

		stringifyJsonLeafExpressionFields(decryptedData, parsedJsonLeafExpressionFields);
		return decryptedData;
	}

	async updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		const credentials = await this.getCredentials(nodeCredentials, type);
		await credentials.setData(data);
		this.store.save(credentials);
	}

	async updateCredentialsOauthTokenData(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		const credentials = await this.getCredentials(nodeCredentials, type);
		await credentials.updateData({ oauthTokenData: data.oauthTokenData });
		this.store.save(credentials);
	}

	private resolveValue(
		parameterValue: string,
		additionalKeys: IWorkflowDataProxyAdditionalKeys,
		workflow: Workflow,
		node: INode,
	): string {
		if (!isExpression(parameterValue)) {
			return parameterValue;
		}
		const returnValue = workflow.expression.getSimpleParameterValue(
			node,
			parameterValue,
			'internal',
			additionalKeys,
			undefined,
			'',
		);
		if (!returnValue) {
			return '';
		}
		return returnValue.toString();
	}
}

/** Requests a credential's preAuthentication makes obey the credential's own domain allowlist. */
function restrictToCredentialDomains(
	helpers: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): IHttpRequestHelper {
	return {
		helpers: {
			httpRequest: async (requestOptions: IHttpRequestOptions): Promise<unknown> => {
				const allowedDomains = getCredentialOwnRequestAllowedDomains(credentials);
				if (allowedDomains === undefined) {
					return await helpers.helpers.httpRequest(requestOptions);
				}
				if (requestOptions.allowedDomains !== undefined) {
					throw new UserError(
						'This credential restricts requests to specific domains, which cannot be combined with the domains its authentication step asks for.',
					);
				}
				return await helpers.helpers.httpRequest({ ...requestOptions, allowedDomains });
			},
		},
	};
}

function resolveCredentialExpressions(
	workflow: Workflow,
	credentialsProperties: INodeProperties[],
	decryptedData: ICredentialDataDecryptedObject,
	mode: WorkflowExecuteMode,
	additionalKeys: IWorkflowDataProxyAdditionalKeys,
): ICredentialDataDecryptedObject {
	try {
		return workflow.expression.getComplexParameterValue(
			mockNode,
			decryptedData as INodeParameters,
			mode,
			additionalKeys,
			undefined,
			undefined,
			decryptedData,
		) as ICredentialDataDecryptedObject;
	} catch (originalError) {
		// Resolve field by field so fields that opted in may be left out.
		const propertiesByName = new Map(credentialsProperties.map((p) => [p.name, p]));
		const resolvedData: ICredentialDataDecryptedObject = {};
		for (const [propertyName, propertyValue] of Object.entries(decryptedData)) {
			try {
				const resolvedProperty = workflow.expression.getComplexParameterValue(
					mockNode,
					{ [propertyName]: propertyValue } as INodeParameters,
					mode,
					additionalKeys,
					undefined,
					undefined,
					decryptedData,
				) as ICredentialDataDecryptedObject;
				if (Object.prototype.hasOwnProperty.call(resolvedProperty, propertyName)) {
					resolvedData[propertyName] = resolvedProperty[propertyName];
				}
			} catch {
				const property = propertiesByName.get(propertyName);
				if (property?.typeOptions?.ignoreCredentialExpressionResolveError === true) continue;
				throw originalError;
			}
		}
		return resolvedData;
	}
}

function parseJsonLeafExpressionFields(
	credentialsProperties: INodeProperties[],
	decryptedData: ICredentialDataDecryptedObject,
): Map<string, string> {
	const parsedFields = new Map<string, string>();
	for (const property of credentialsProperties) {
		if (!property.typeOptions?.resolveCredentialJsonLeaves) continue;
		const value = decryptedData[property.name];
		if (typeof value !== 'string' || value === '') continue;
		const parsed = jsonParse<CredentialInformation | typeof INVALID_JSON_VALUE>(value, {
			fallbackValue: INVALID_JSON_VALUE,
		});
		if (parsed === INVALID_JSON_VALUE) continue;
		parsedFields.set(property.name, value);
		decryptedData[property.name] = parsed;
	}
	return parsedFields;
}

function stringifyJsonLeafExpressionFields(
	decryptedData: ICredentialDataDecryptedObject,
	parsedFields: Map<string, string>,
) {
	for (const [propertyName, originalValue] of parsedFields) {
		decryptedData[propertyName] = JSON.stringify(decryptedData[propertyName]) ?? originalValue;
	}
}
