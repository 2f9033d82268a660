// A scripted OpenAI-compatible chat model on loopback, for driving a real n8n AI Agent from an e2e test.
//
// n8n 2.41.1's OpenAI Chat Model node (`@n8n/n8n-nodes-langchain.lmChatOpenAi`, typeVersion 1.3) sends its
// requests to the Base URL of its `openAiApi` credential. With the node parameter `responsesApiEnabled: false`
// (the parameter defaults to true, which calls `/v1/responses` instead) it calls `POST <url>/chat/completions`
// with `stream: false` when the run is not streamed (checked with `n8n execute`). This server
// answers those calls from a script and records every request it receives, so a test can assert on exactly
// what the model was shown: the `tools` array (name, description, JSON-schema parameters) and the `tool`
// messages carrying each tool result.
//
// Wiring it into a workflow (see also /tmp/research/agent-tool-workflow.json in the research notes):
//
//   import { startScriptedModel, toolMessages } from './lib/scriptedModel.mjs';
//   const model = await startScriptedModel({
//     script: [
//       // 1st call: the model asks for a tool (tool name = the tool node's name, each run of characters
//       // other than [a-zA-Z0-9_-] replaced by one `_`, at most 64 characters)
//       { toolCalls: [{ name: 'Read_Receipt', arguments: { imageUrl: 'https://example.com/r.jpg' } }] },
//       // 2nd call: after the tool result (a `role: "tool"` message), a final answer ends the agent loop
//       (request) => `done: ${toolMessages(request).map((m) => m.content).join(' | ')}`,
//     ],
//   });
//   // credential (n8n import:credentials):
//   { id: 'scriptedModel001', name: 'Scripted model', type: 'openAiApi',
//     data: { apiKey: 'test-key', url: model.url } }            // model.url = 'http://127.0.0.1:<port>/v1'
//   // nodes (n8n import:workflow):
//   { name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} }
//   { name: 'AI Agent', type: '@n8n/n8n-nodes-langchain.agent', typeVersion: 3.1,
//     parameters: { promptType: 'define', text: 'Read the receipt', options: {} } }
//   { name: 'Model', type: '@n8n/n8n-nodes-langchain.lmChatOpenAi', typeVersion: 1.3,
//     parameters: { model: { __rl: true, mode: 'id', value: 'scripted-model' }, responsesApiEnabled: false, options: {} },
//     credentials: { openAiApi: { id: 'scriptedModel001', name: 'Scripted model' } } }
//   { name: 'Read Receipt', type: '<package>.<node>Tool', typeVersion: 1,
//     parameters: { …, imageUrl: "={{ $fromAI('imageUrl', 'The https URL of the receipt image', 'string') }}" } }
//   // connections:
//   Start:          { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] }
//   Model:          { ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]] }
//   'Read Receipt': { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] }
//   // then `n8n execute --id=<workflow id> --rawOutput`; afterwards `model.requests[i].body` is each
//   // chat-completions request body; `await model.close()`.
//
// What the recorded requests showed in n8n 2.41.1 (experiments with this server):
// - `tools: [{ type: 'function', function: { name, description, parameters, strict: false } }]`; `parameters`
//   is the JSON schema built from the tool node's `$fromAI(key, description, type[, default])` calls (every key
//   is `required` unless its $fromAI has a default).
// - A tool result reaches the model as `{ role: 'tool', tool_call_id, content: JSON.stringify([<json of
//   each output item>]) }` (an array, also for one item) with AI Agent 3.1 and 2.2.
// - When the tool node throws: 3.1 sends `content: '[{"error":"<error message>"}]'` (the error's description is
//   dropped); 2.2 sends `content: ''`.
// - Several `toolCalls` in one answer are all run (one tool-node execution each) before the next model call;
//   3.1 replays them as one assistant message per call, each followed by its tool message, and adds the call
//   id to the replayed arguments (`{"documentUrl":"…","id":"call_…"}`).
// - A request the script has no answer for gets HTTP 500; the AI Agent then fails with "The service was not
//   able to process your request" (`n8n execute` exits 1; no retry of the request was seen).
//
// Script: an array (answer i for the i-th chat-completions request; an entry may be a function) or a function
// `(request, index, requests) => answer`. `request` is the recorded request: { method, path, headers, body }.
// An answer is one of:
//   'text'                                        a final assistant message
//   { text: 'text' }                              the same
//   { toolCalls: [{ name, arguments, id? }], text? }  an assistant message with tool_calls (arguments: object
//                                                 or JSON string; id defaults to `call_<request>_<index>`)
//   { status, body }                              a raw HTTP answer (e.g. { status: 429, body: {...} })
//   { choices: [...] , ... }                      a complete chat.completion object, sent as it is
// A request for which the script has no answer gets HTTP 500 with an OpenAI-style error and is still recorded.
// `stream: true` requests (streamed agent runs) are answered as SSE chunks (checked with LangChain's ChatOpenAI).
// GET /v1/models lists one model, `scripted-model` (the node's model list in the editor).
//
// ESM, node:* only.
import { createServer } from 'node:http';

/** The `role: "tool"` messages of a recorded chat-completions request (what the tools returned). */
export function toolMessages(request) {
	return (request?.body?.messages ?? []).filter((message) => message.role === 'tool');
}

/** The function tools a recorded request offered the model: [{ name, description, parameters }]. */
export function offeredTools(request) {
	return (request?.body?.tools ?? []).map((tool) => tool.function ?? tool);
}

function completion(message, finishReason, model) {
	return {
		id: `chatcmpl-scripted-${Date.now()}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model,
		choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
		usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
	};
}

function toCompletion(answer, requestIndex, model) {
	if (typeof answer === 'string') answer = { text: answer };
	if (answer && Array.isArray(answer.choices)) return answer;
	if (answer && Array.isArray(answer.toolCalls)) {
		const toolCalls = answer.toolCalls.map((call, index) => ({
			id: call.id ?? `call_${requestIndex}_${index}`,
			type: 'function',
			function: {
				name: call.name,
				arguments:
					typeof call.arguments === 'string'
						? call.arguments
						: JSON.stringify(call.arguments ?? {}),
			},
		}));
		return completion(
			{ role: 'assistant', content: answer.text ?? null, tool_calls: toolCalls, refusal: null },
			'tool_calls',
			model,
		);
	}
	if (answer && typeof answer.text === 'string')
		return completion({ role: 'assistant', content: answer.text, refusal: null }, 'stop', model);
	throw new Error(
		`scripted model: cannot turn this answer into a completion: ${JSON.stringify(answer)}`,
	);
}

/** The same completion as server-sent events (`stream: true`): one content/tool-call chunk, then the end. */
function toChunks(full) {
	const { message, finish_reason: finishReason } = full.choices[0];
	const base = {
		id: full.id,
		object: 'chat.completion.chunk',
		created: full.created,
		model: full.model,
	};
	const delta = { role: 'assistant' };
	if (message.content) delta.content = message.content;
	if (message.tool_calls)
		delta.tool_calls = message.tool_calls.map((call, index) => ({ index, ...call }));
	return [
		{ ...base, choices: [{ index: 0, delta, finish_reason: null }] },
		{ ...base, choices: [{ index: 0, delta: {}, finish_reason: finishReason }], usage: full.usage },
	];
}

/**
 * Starts the server on 127.0.0.1 (port 0 = any free one).
 * @param {{ script: Function | Array, port?: number, model?: string }} options
 * @returns {Promise<{ url: string, requests: object[], chatRequests: () => object[], close: () => Promise<void> }>}
 */
export async function startScriptedModel({ script, port = 0, model = 'scripted-model' } = {}) {
	const requests = [];
	let chatIndex = 0;
	const pick = async (request, index) => {
		let answer =
			typeof script === 'function' ? script : Array.isArray(script) ? script[index] : undefined;
		if (typeof answer === 'function') answer = await answer(request, index, requests);
		return answer;
	};
	const sendJson = (res, status, body) => {
		res.writeHead(status, { 'content-type': 'application/json' });
		res.end(JSON.stringify(body));
	};
	const server = createServer((req, res) => {
		let raw = '';
		req.setEncoding('utf8');
		req.on('data', (chunk) => (raw += chunk));
		req.on('end', async () => {
			let body = raw;
			try {
				body = raw ? JSON.parse(raw) : undefined;
			} catch {
				// not JSON: keep the text
			}
			const path = (req.url ?? '').split('?')[0];
			const request = { method: req.method, path, headers: req.headers, body, at: Date.now() };
			requests.push(request);
			try {
				if (req.method === 'GET' && path.endsWith('/models')) {
					return sendJson(res, 200, {
						object: 'list',
						data: [{ id: model, object: 'model', created: 0, owned_by: 'scripted' }],
					});
				}
				if (req.method !== 'POST' || !path.endsWith('/chat/completions')) {
					const hint = path.endsWith('/responses')
						? ' (the OpenAI Chat Model node needs responsesApiEnabled: false)'
						: '';
					return sendJson(res, 404, {
						error: {
							message: `scripted model: no route ${req.method} ${path}${hint}`,
							type: 'invalid_request_error',
						},
					});
				}
				const index = chatIndex++;
				request.chatIndex = index;
				const answer = await pick(request, index);
				if (answer === undefined) {
					return sendJson(res, 500, {
						error: {
							message: `scripted model: the script has no answer for chat request #${index + 1}`,
							type: 'server_error',
						},
					});
				}
				if (answer && typeof answer.status === 'number' && !answer.choices) {
					request.answer = answer;
					return sendJson(res, answer.status, answer.body ?? {});
				}
				const full = toCompletion(answer, index, body?.model ?? model);
				request.answer = full;
				if (body?.stream === true) {
					res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
					for (const chunk of toChunks(full)) res.write(`data: ${JSON.stringify(chunk)}\n\n`);
					res.end('data: [DONE]\n\n');
					return;
				}
				return sendJson(res, 200, full);
			} catch (error) {
				request.scriptError = String(error?.stack ?? error);
				return sendJson(res, 500, {
					error: { message: `scripted model: ${error?.message ?? error}`, type: 'server_error' },
				});
			}
		});
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	const url = `http://127.0.0.1:${server.address().port}/v1`;
	return {
		url,
		requests,
		/** Only the chat-completions requests, in order. */
		chatRequests: () => requests.filter((request) => request.chatIndex !== undefined),
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections?.();
				server.close(() => resolve());
			}),
	};
}
