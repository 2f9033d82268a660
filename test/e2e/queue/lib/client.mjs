// The webhook's callers: one multipart request per batch of files, as a scanner or a mail robot would send it.

/** POSTs one request's files (form fields f0…); never throws: a failure is an outcome with status 0. */
export async function postFiles(url, request, { timeoutMs = 240_000 } = {}) {
	const form = new FormData();
	for (const file of request.files) {
		form.append(file.field, new Blob([file.bytes], { type: 'image/png' }), file.fileName);
	}
	try {
		const response = await fetch(url, {
			method: 'POST',
			body: form,
			signal: AbortSignal.timeout(timeoutMs),
		});
		const text = await response.text();
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			// not JSON: kept as text for the message
		}
		return { request, status: response.status, json, text };
	} catch (error) {
		return { request, status: 0, text: `${error.name}: ${error.message}` };
	}
}

/** The problems with one answer; [] when every file of the request came back recognized, once. */
export function problemsOf(outcome) {
	const { request, status, json, text } = outcome;
	if (status !== 200 || !Array.isArray(json))
		return [`${request.id}: HTTP ${status} ${text?.slice(0, 300)}`];
	const problems = [];
	if (json.length !== request.files.length)
		problems.push(`${request.id}: ${json.length} results for ${request.files.length} files`);
	for (const file of request.files) {
		const results = json.filter((item) => item?.source?.fileName === file.fileName);
		if (results.length !== 1) {
			problems.push(`${request.id}: ${results.length} results for ${file.fileName}`);
			continue;
		}
		const [result] = results;
		if (!String(result.text ?? '').includes(`sha256=${file.sha256}`))
			problems.push(
				`${file.fileName}: text "${String(result.text).slice(0, 120)}" is not this file's`,
			);
		const resource = file.provider === 'nhn' ? 'nhnGeneralOcr' : 'clovaOcr';
		if (result.source.resource && result.source.resource !== resource)
			problems.push(`${file.fileName}: read by ${result.source.resource}, not ${resource}`);
	}
	return problems;
}
