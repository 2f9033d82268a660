/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	BinaryDataConfig,
	BinaryDataService,
	ErrorReporter,
	InstanceSettings,
	type StorageConfig,
} from 'n8n-core';
import { Expression, LoggerProxy } from 'n8n-workflow';

import { Container, InstanceSettingsConfig, Logger } from './core-modules';
import { initDeduplication } from './deduplication';
import { startExpressionEngine } from './expression-engine';
import { RecordingLogger } from './recording-logger';
import type { BinaryMode } from './types';

/** Where files are kept; `combined` keeps them on disk too. */
type StorageMode = Exclude<BinaryMode, 'combined'>;

interface BinaryStore {
	config: BinaryDataConfig;
	service: BinaryDataService;
}

/**
 * The process-wide pieces n8n's server sets up once at start (DI container, logger,
 * expression engine, binary-data service, data deduplication), pointed at a temporary n8n folder so that
 * nothing touches ~/.n8n. Runs are serialised because these bindings are global.
 */
export class EngineEnvironment {
	readonly root = mkdtempSync(join(tmpdir(), 'n8n-harness-'));

	readonly logger = new RecordingLogger();

	private readonly binaryStores = new Map<StorageMode, Promise<BinaryStore>>();

	private readonly started: Promise<void>;

	private queue: Promise<unknown> = Promise.resolve();

	constructor() {
		const instanceSettingsConfig = new InstanceSettingsConfig();
		Object.assign(instanceSettingsConfig, {
			n8nFolder: join(this.root, '.n8n'),
			userHome: this.root,
			encryptionKey: 'n8n-harness-encryption-key',
			enforceSettingsFilePermissions: false,
		});
		Container.set(InstanceSettingsConfig, instanceSettingsConfig);
		Container.set(Logger, this.logger as unknown as InstanceType<typeof Logger>);
		LoggerProxy.init(this.logger);
		this.started = Promise.all([startExpressionEngine(), initDeduplication()]).then(
			() => undefined,
		);
	}

	/** Runs `task` alone, with the binary-data service of `mode` bound in the container. */
	async exclusive<T>(
		mode: BinaryMode,
		task: (binary: BinaryDataService) => Promise<T>,
	): Promise<T> {
		const result = this.queue.then(async () => {
			await this.started;
			const { config, service } = await this.binaryStore(mode === 'combined' ? 'filesystem' : mode);
			Container.set(BinaryDataConfig, config);
			Container.set(BinaryDataService, service);
			return await task(service);
		});
		this.queue = result.catch(() => undefined);
		return await result;
	}

	async close() {
		await this.queue;
		await this.started.catch(() => undefined);
		await Expression.disposeExpressionEngine();
		rmSync(this.root, { recursive: true, force: true });
	}

	private async binaryStore(mode: StorageMode): Promise<BinaryStore> {
		let store = this.binaryStores.get(mode);
		if (!store) {
			store = this.createBinaryStore(mode);
			this.binaryStores.set(mode, store);
		}
		return await store;
	}

	/**
	 * Built directly rather than through the container so that no N8N_* variable of the
	 * surrounding shell changes the mode or the storage path under test.
	 */
	private async createBinaryStore(mode: StorageMode): Promise<BinaryStore> {
		const storagePath = join(this.root, `storage-${mode}`);
		mkdirSync(storagePath, { recursive: true });
		const config = new BinaryDataConfig(
			Container.get(InstanceSettings),
			{ mode: 'regular' } as ConstructorParameters<typeof BinaryDataConfig>[1],
			{ storagePath } as StorageConfig,
		);
		config.mode = mode;
		config.localStoragePath = storagePath;
		const service = new BinaryDataService(
			config,
			Container.get(ErrorReporter),
			this.logger as unknown as ConstructorParameters<typeof BinaryDataService>[2],
		);
		await service.init();
		return { config, service };
	}
}
