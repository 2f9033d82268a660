/** Public types of the emulator (see test/CONTRACTS.md). */

export type Provider = 'nhn' | 'clova' | 'token' | 'file';

export interface FaultMatch {
	/** Which providers the rule applies to (default: every provider, except throttle: nhn and clova). */
	provider?: Provider | Provider[];
	/** Exact endpoint name as logged, e.g. 'general', 'general/cropping', 'business/status', 'infer', 'token/create'. */
	endpoint?: string;
	/** A substring of the request path, or a RegExp tested against it. */
	path?: string | RegExp;
}

interface FaultBase {
	/** Fire for the next n matching requests only; without it the rule stays for the rest of the run. */
	times?: number;
	/** Let this many matching requests pass untouched before the rule starts firing (e.g. a token expiring mid-run). */
	after?: number;
	match?: FaultMatch;
	/**
	 * A `Retry-After` header (seconds, or an HTTP date) on the answer this rule gives: throttle, serverError,
	 * html502, malformedJson, apiError. Tests use 0 so that a client honouring it retries without waiting.
	 */
	retryAfter?: number | string;
}

export type FaultRule = FaultBase &
	(
		| { kind: 'latency'; ms: number }
		/** The request is held (counted in flight) until `releaseStalled()` or close, then answered as usual. */
		| { kind: 'hold' }
		/** More than maxConcurrent matching requests in flight: NHN 4000006 envelope, CLOVA HTTP 400 "0025". */
		| { kind: 'throttle'; maxConcurrent: number }
		/** NHN/token/file: a bare HTTP 500/502/503 (text/plain, no envelope). CLOVA: HTTP 500 "0500" or "0501". */
		| { kind: 'serverError'; status?: 500 | 502 | 503; clovaCode?: '0500' | '0501' }
		/** The request body is read, then the socket is destroyed without an answer. */
		| { kind: 'connectionReset' }
		/** HTTP 200, Content-Type application/json, a truncated body. */
		| { kind: 'malformedJson' }
		/** HTTP 502 with an nginx-style HTML page (text/html). */
		| { kind: 'html502' }
		/** Expires every issued token, then handles the request normally. */
		| { kind: 'tokenExpiry' }
		/**
		 * The server takes the request and then stalls: `silent` never answers; `headers` sends HTTP 200 headers
		 * and nothing more; `drip` sends the headers, then one byte of a JSON body every `dripMs` (default 50), for ever.
		 */
		| { kind: 'stall'; mode?: 'silent' | 'headers' | 'drip'; dripMs?: number }
		/** CLOVA only: a well-formed HTTP 200 whose images[] entries carry inferResult ERROR or FAILURE: every page,
		 * or only the pages listed (0-based; the other pages of a PDF or TIFF are recognized as usual; a file without
		 * any of those pages is not touched and does not use the rule up). */
		| {
				kind: 'imageFailure';
				inferResult?: 'ERROR' | 'FAILURE';
				message?: string;
				pages?: number[];
		  }
		/** A documented error: NHN envelope with this resultCode, or CLOVA's HTTP status and body for this code. */
		| { kind: 'apiError'; nhnResultCode?: number; clovaCode?: string }
	);

export type FaultKind = FaultRule['kind'];

export interface RequestLogEntry {
	seq: number;
	method: string;
	/** Path without the query string. */
	path: string;
	provider: Provider;
	/** NHN: general, general/cropping, business, business/status, credit-card, document-ai; CLOVA: general, infer,
	 * document/receipt, document/biz-license;
	 * token: token/create, token/revoke; file: files, slow, big, unknown. */
	endpoint: string;
	/** NHN: v1.0 / v1.1; CLOVA: the version the request sent (V1 / V2 / v1 ...). */
	apiVersion?: string;
	contentType: string;
	/** Never the secret itself. Requests that need no credentials (file) log 'ok'. */
	auth: 'ok' | 'missing' | 'invalid';
	fileBytes?: number;
	fileSha256?: string;
	fileName?: string;
	/** The parsed JSON body (CLOVA: also the multipart message); base64 `data` replaced by { bytes, sha256 }. */
	json?: unknown;
	businessNumber?: string;
	/** HTTP status; 0 while in flight and for a connection reset. */
	status: number;
	/** NHN envelope resultCode. */
	resultCode?: number;
	/** CLOVA error code, or the OAuth error of the token endpoint. */
	code?: string;
	/** Faults applied to this request, joined with '+', e.g. 'latency+serverError'. */
	fault?: string;
	/** The client closed the connection before the answer was sent (it gave up, or its process was killed). */
	closedByClient?: true;
}

export interface EmulatorOptions {
	/** Default 127.0.0.1 (loopback only). */
	host?: string;
	/** Default: a free port in 10000-12000, so that URLs the emulator serves pass NHN's image-URL port rule. */
	port?: number;
	/** expires_in of issued tokens (default 86400). */
	tokenTtlSeconds?: number;
	/** Answer expires_in as "86400" (the token doc types it String). */
	expiresInAsString?: boolean;
	/** NHN image-URL download limit (documented 20 s; tests shorten it). Also bounds CLOVA url downloads. */
	downloadTimeoutMs?: number;
	/** Faults for the whole run. */
	faults?: FaultRule[];
	/** CLOVA Template combineResult as an array of { name, text } instead of the documented single object. */
	combineResultAsArray?: boolean;
	/** Milliseconds since the epoch; tests move time forward to expire tokens without sleeping. */
	clock?: () => number;
	/** Called with each log entry once its answer is sent (or the connection closed). */
	onRequestDone?: (entry: RequestLogEntry) => void;
}

export interface ClovaTemplate {
	id: number;
	name: string;
	released: boolean;
}

/** CLOVA Document OCR models the emulator serves (`/document/receipt`, `/document/biz-license`). */
export type ClovaDocumentModel = 'receipt' | 'biz-license';

export type ClovaDomainName = 'general' | 'generalNoTables' | 'template' | 'receipt' | 'bizLicense';

export interface ClovaDomain {
	domainId: string;
	invokeKey: string;
	/** `${url}/custom/v1/{domainId}/{invokeKey}` — append /general or /infer. */
	invokeUrl: string;
	secretKey: string;
	tableExtraction: boolean;
	templates: ClovaTemplate[];
	/** Document OCR domains: the model whose path, `${invokeUrl}/document/<model>`, the domain serves. */
	document?: ClovaDocumentModel;
}

export interface Emulator {
	/** http://127.0.0.1:PORT */
	url: string;
	nhn: {
		/** Base of the OCR APIs: `${baseUrl}/v1.1/appkeys/{appKey}/general` ... */
		baseUrl: string;
		/** Full URL of the token endpoint: `${oauthBaseUrl}/oauth2/token/create`. */
		tokenUrl: string;
		/** Base of the OAuth server (the real one is https://oauth.api.nhncloudservice.com). */
		oauthBaseUrl: string;
		appKey: string;
		secretKey: string;
		userAccessKeyId: string;
		secretAccessKey: string;
	};
	clova: Record<ClovaDomainName, ClovaDomain>;
	/** URL of a file in test/fixtures/files served by the emulator itself. */
	fileUrl(name: string): string;
	/** Same, answered only after `ms` milliseconds (for the download-timeout rule). */
	slowFileUrl(ms: number, name: string): string;
	/** A PNG-signed body of exactly `bytes` bytes (for the download-size rule). */
	bigFileUrl(bytes: number): string;
	/** Every request, in arrival order. Entries are completed in place when the answer is sent. */
	log: RequestLogEntry[];
	clearLog(): void;
	/** Per-request faults (rule.times) or for the rest of the run. */
	inject(rule: FaultRule): void;
	/** Removes injected and whole-run faults. */
	clearFaults(): void;
	/** Lets every request held by a `hold` fault go on; returns how many were held. */
	releaseStalled(): number;
	tokens: { issuedCount(): number; expireAll(): void };
	close(): Promise<void>;
}
