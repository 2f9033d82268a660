/* eslint-disable -- test code runs in plain Node, not in n8n: test/eslint.config.mjs lints it */
// The documentation a user and a contributor read: every relative link and image in README.md, CONTRIBUTING.md and
// docs/**/*.md points at a file that exists, every `#anchor` at a heading that exists (by GitHub's heading slugs,
// Korean included), and README.md stays within its size. Links into this package's README on npmjs.com (the
// credentials' and the codex's documentation links) must name a heading that exists too.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const README_LIMIT = 15 * 1024;

function markdownFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return markdownFiles(path);
		return entry.name.endsWith('.md') ? [path] : [];
	});
}

const DOCUMENTS = [
	join(ROOT, 'README.md'),
	join(ROOT, 'CONTRIBUTING.md'),
	...markdownFiles(join(ROOT, 'docs')),
];

/** The text GitHub renders from a heading's Markdown: code, emphasis, links and HTML reduced to their words. */
function headingText(markdown: string): string {
	return markdown
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(\*|_)(.+?)\1/g, '$2')
		.trim();
}

/**
 * GitHub's heading anchor (github-slugger): lower case; every character that is not a letter, a mark, a number, a
 * connector (`_`), a space or a hyphen removed; each space a hyphen. Korean letters are letters, so they stay.
 */
export function slug(text: string): string {
	return headingText(text)
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
		.replace(/ /g, '-');
}

/** The Markdown with fenced code blocks, inline code and HTML comments blanked (their links are not links). */
function withoutCode(markdown: string): string {
	const blank = (text: string) => text.replace(/[^\n]/g, ' ');
	return markdown
		.replace(/<!--[\s\S]*?-->/g, blank)
		.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
		.replace(/`[^`\n]*`/g, blank);
}

const anchorCache = new Map<string, Set<string>>();

/** Every anchor a Markdown file offers: its headings' slugs (repeats get -1, -2 …) and explicit HTML ids. */
function anchorsOf(file: string): Set<string> {
	const cached = anchorCache.get(file);
	if (cached) return cached;
	const text = withoutCode(readFileSync(file, 'utf8'));
	const anchors = new Set<string>();
	const seen = new Map<string, number>();
	for (const [, heading] of text.matchAll(/^ {0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
		const base = slug(heading);
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		anchors.add(count ? `${base}-${count}` : base);
	}
	for (const [, id] of text.matchAll(/<a\s[^>]*(?:id|name)="([^"]+)"/g)) anchors.add(id);
	anchorCache.set(file, anchors);
	return anchors;
}

interface Link {
	file: string;
	line: number;
	target: string;
}

/** Inline links and images, reference definitions, and HTML src/href attributes. */
function linksOf(file: string): Link[] {
	const text = withoutCode(readFileSync(file, 'utf8'));
	const links: Link[] = [];
	const add = (index: number, target: string) =>
		links.push({
			file,
			line: text.slice(0, index).split('\n').length,
			target: target.trim().replace(/^<(.*)>$/, '$1'),
		});
	for (const match of text.matchAll(/\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+"[^"]*")?\s*\)/g))
		add(match.index, match[1]);
	for (const match of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*(\S+)/gm)) add(match.index, match[1]);
	for (const match of text.matchAll(/<(?:img|a)\s[^>]*(?:src|href)="([^"]+)"/g))
		add(match.index, match[1]);
	return links;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

/** What is wrong with a relative link, or undefined when it resolves. */
function problem(link: Link): string | undefined {
	const [pathPart, anchor] = link.target.split('#', 2) as [string, string | undefined];
	const path = decodeURIComponent(pathPart.split('?')[0]);
	const target = path ? resolve(dirname(link.file), path) : link.file;
	if (!existsSync(target)) return `${path} does not exist`;
	if (anchor === undefined || anchor === '') return undefined;
	if (statSync(target).isDirectory() || !target.endsWith('.md'))
		return `#${anchor} points into ${relative(ROOT, target)}, which has no headings`;
	if (!anchorsOf(target).has(decodeURIComponent(anchor).toLowerCase()))
		return `${relative(ROOT, target)} has no heading with the anchor #${anchor}`;
	return undefined;
}

/** This repository's packages (name → README), from the package.json files at the top and under packages/. */
function packageReadmes(): Map<string, string> {
	const manifests = [join(ROOT, 'package.json')];
	const packagesDir = join(ROOT, 'packages');
	if (existsSync(packagesDir))
		for (const entry of readdirSync(packagesDir, { withFileTypes: true }))
			if (entry.isDirectory()) manifests.push(join(packagesDir, entry.name, 'package.json'));
	const readmes = new Map<string, string>();
	for (const manifest of manifests.filter((path) => existsSync(path))) {
		const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
		const readme = join(dirname(manifest), 'README.md');
		if (name && existsSync(readme)) readmes.set(name, readme);
	}
	return readmes;
}

function sourceFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
		return /\.(ts|json)$/.test(entry.name) ? [path] : [];
	});
}

describe('documentation links', () => {
	it('slugs headings as GitHub does, Korean included', () => {
		expect(slug('NHN Cloud: App Key and Secret Key')).toBe('nhn-cloud-app-key-and-secret-key');
		expect(slug('Try it without an account / develop')).toBe('try-it-without-an-account--develop');
		expect(slug('`Recognize Receipt` — 영수증 읽기')).toBe('recognize-receipt--영수증-읽기');
		expect(slug("n8n's SSRF protection")).toBe('n8ns-ssrf-protection');
		expect(slug('사업자등록증 (Business Registration)')).toBe('사업자등록증-business-registration');
	});

	it('finds every Markdown file it is meant to check', () => {
		expect(DOCUMENTS.map((file) => relative(ROOT, file))).toEqual(
			expect.arrayContaining(['README.md', 'CONTRIBUTING.md']),
		);
		for (const file of DOCUMENTS) expect(existsSync(file)).toBe(true);
	});

	it.each(DOCUMENTS.map((file) => [relative(ROOT, file), file]))(
		'%s: every relative link and image resolves, anchors included',
		(_name, file) => {
			const broken = linksOf(file)
				.filter((link) => !isExternal(link.target))
				.flatMap((link) => {
					const why = problem(link);
					return why ? [`${relative(ROOT, link.file)}:${link.line} (${link.target}): ${why}`] : [];
				});
			expect(broken).toEqual([]);
		},
	);

	it(`README.md is at most ${README_LIMIT} bytes`, () => {
		expect(statSync(join(ROOT, 'README.md')).size).toBeLessThanOrEqual(README_LIMIT);
	});

	it("links to a package's README on npmjs.com or to the repository's README name headings that exist", () => {
		const readmes = packageReadmes();
		const broken: string[] = [];
		for (const file of [
			...sourceFiles(join(ROOT, 'credentials')),
			...sourceFiles(join(ROOT, 'nodes')),
			...sourceFiles(join(ROOT, 'packages')),
		]) {
			const text = readFileSync(file, 'utf8');
			for (const [, name, anchor] of text.matchAll(
				/npmjs\.com\/package\/((?:@[\w.-]+\/)?[\w.-]+)#([\w%-]+)/g,
			)) {
				const readme = readmes.get(name);
				// #readme is npm's own anchor for the README on a package's page.
				if (readme && anchor !== 'readme' && !anchorsOf(readme).has(decodeURIComponent(anchor)))
					broken.push(`${relative(ROOT, file)}: ${name}#${anchor}`);
			}
			for (const [, anchor] of text.matchAll(
				/github\.com\/[\w.-]+\/n8n-nodes-nhn-clova-ocr#([\w%-]+)/g,
			))
				if (!anchorsOf(join(ROOT, 'README.md')).has(decodeURIComponent(anchor)))
					broken.push(`${relative(ROOT, file)}: README.md#${anchor}`);
		}
		expect(broken).toEqual([]);
	});
});
