/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { dirname } from 'node:path';

/**
 * n8n-core 2.41.1 brings its own copies of @n8n/di, @n8n/config and @n8n/backend-common
 * (node_modules/n8n-core/node_modules/@n8n/*, newer than the hoisted ones), so the DI
 * container the engine reads is not the one a plain `import '@n8n/di'` gives. Whatever the
 * harness binds for the engine comes from these. Their types are the hoisted copies' ones.
 */
const coreDirectory = dirname(require.resolve('n8n-core/package.json'));

function fromCore<T>(id: string): T {
	return require(require.resolve(id, { paths: [coreDirectory] })) as T;
}

export const { Container } = fromCore<typeof import('@n8n/di')>('@n8n/di');

export const { EndpointsConfig, ExpressionEngineConfig, InstanceSettingsConfig } =
	fromCore<typeof import('@n8n/config')>('@n8n/config');

export const { Logger } = fromCore<typeof import('@n8n/backend-common')>('@n8n/backend-common');
