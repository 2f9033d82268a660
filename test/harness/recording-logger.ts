import type { LogMetadata, Logger } from 'n8n-workflow';

type Level = 'error' | 'warn' | 'info' | 'debug';

/**
 * Stands in for n8n's winston logger (both `LoggerProxy` and the DI `Logger`).
 * Every message is kept, metadata included, so tests can scan them for secrets.
 */
export class RecordingLogger implements Logger {
	private sink: string[] | undefined;

	/** Directs messages into `sink` until the next call; `undefined` drops them. */
	recordInto(sink: string[] | undefined) {
		this.sink = sink;
	}

	error(message: string, metadata?: LogMetadata) {
		this.record('error', message, metadata);
	}

	warn(message: string, metadata?: LogMetadata) {
		this.record('warn', message, metadata);
	}

	info(message: string, metadata?: LogMetadata) {
		this.record('info', message, metadata);
	}

	debug(message: string, metadata?: LogMetadata) {
		this.record('debug', message, metadata);
	}

	scoped() {
		return this;
	}

	private record(level: Level, message: string, metadata?: LogMetadata) {
		if (!this.sink) return;
		const meta = metadata && Object.keys(metadata).length > 0 ? ` ${serialize(metadata)}` : '';
		this.sink.push(`${level}: ${message}${meta}`);
	}
}

/** JSON that keeps what `JSON.stringify` drops from errors (message, stack, cause) and survives cycles. */
function serialize(value: unknown): string {
	const seen = new WeakSet<object>();
	return JSON.stringify(value, (_key, item: unknown) => {
		if (typeof item === 'bigint') return item.toString();
		if (typeof item === 'function') return `[Function ${item.name}]`;
		if (item === null || typeof item !== 'object') return item;
		if (seen.has(item)) return '[Circular]';
		seen.add(item);
		if (item instanceof Error) {
			return {
				...item,
				name: item.name,
				message: item.message,
				stack: item.stack,
				cause: item.cause,
			};
		}
		return item;
	});
}
