/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { dirname } from 'node:path';
import { Expression, LoggerProxy } from 'n8n-workflow';

import { Container, ExpressionEngineConfig } from './core-modules';

type Runtime = typeof import('@n8n/expression-runtime');

/**
 * How executions get their isolate. n8n's server default takes a fresh isolated-vm isolate for every execution and
 * builds its replacement: some 60-80 ms of a core per execution on this machine, most of what a one-item run costs.
 * The harness instead evaluates every execution's expressions in one shared isolate (n8n's own `sharedCaller` mode,
 * with `lazyAcquire`, N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE): the same engine, runtime and sandbox, without the
 * per-execution isolation that only matters between users' workflows. HARNESS_ISOLATE=execution restores the
 * server's default; the real-n8n suite (test/e2e) always runs it.
 */
const sharedIsolate = process.env.HARNESS_ISOLATE !== 'execution';

/**
 * Starts the expression engine as the CLI's BaseCommand does, with n8n's configuration
 * (engine `vm` by default, i.e. isolated-vm; N8N_EXPRESSION_ENGINE may choose another).
 */
export async function startExpressionEngine() {
	const { engine, poolSize, maxCodeCacheSize, bridgeTimeout, bridgeMemoryLimit, idleTimeout } =
		Container.get(ExpressionEngineConfig);
	const options = {
		engine,
		poolSize,
		maxCodeCacheSize,
		bridgeTimeout,
		bridgeMemoryLimit,
		idleTimeoutMs: idleTimeout === undefined ? undefined : idleTimeout * 1000,
		lazyAcquire: sharedIsolate,
		sharedCaller: sharedIsolate,
	};
	try {
		await Expression.initExpressionEngine(options);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG') {
			throw error;
		}
		await startWithoutDynamicImport(options);
	}
}

/**
 * `Expression.initExpressionEngine` loads @n8n/expression-runtime with `import()`, which jest
 * refuses without --experimental-vm-modules. This builds the same evaluator the same way
 * (n8n-workflow 2.41.0, expression.js) with `require` and installs it where n8n-workflow
 * keeps it.
 */
/** The caller n8n-workflow evaluates every expression for in shared mode (a private static of Expression). */
function browserCaller(): object {
	return (Expression as unknown as { BROWSER_CALLER: object }).BROWSER_CALLER;
}

async function startWithoutDynamicImport(options: {
	engine: string;
	poolSize: number;
	maxCodeCacheSize: number;
	bridgeTimeout: number;
	bridgeMemoryLimit: number;
	idleTimeoutMs?: number;
	lazyAcquire: boolean;
	sharedCaller: boolean;
}) {
	const workflowDirectory = dirname(require.resolve('n8n-workflow/package.json'));
	const runtime = require(
		require.resolve('@n8n/expression-runtime', { paths: [workflowDirectory] }),
	) as Runtime;
	const { expressionSandboxHooks } = require('n8n-workflow/expression-sandboxing') as {
		expressionSandboxHooks: ConstructorParameters<Runtime['ExpressionEvaluator']>[0]['hooks'];
	};
	const bridgeOptions = {
		timeout: options.bridgeTimeout,
		memoryLimit: options.bridgeMemoryLimit,
		logger: LoggerProxy,
	};
	const evaluator = new runtime.ExpressionEvaluator({
		createBridge:
			options.engine === 'quickjs'
				? () => new runtime.QuickJsBridge(bridgeOptions)
				: () => new runtime.IsolatedVmBridge(bridgeOptions),
		maxCodeCacheSize: options.maxCodeCacheSize,
		poolSize: options.poolSize,
		idleTimeoutMs: options.idleTimeoutMs,
		lazyAcquire: options.lazyAcquire,
		hooks: expressionSandboxHooks,
		logger: LoggerProxy,
	});
	try {
		await evaluator.initialize();
		if (options.sharedCaller) await evaluator.acquire(browserCaller());
	} catch (error) {
		await evaluator.dispose().catch(() => undefined);
		throw error;
	}
	Object.assign(Expression, { vmEvaluator: evaluator, useSharedCaller: options.sharedCaller });
}
