import { layoutLine, quad } from '../../fixtures/build/layout';
import type { Sniffed } from '../files/sniff';
import { sha256 } from '../request-log';

/** Results for files without a fixture: they report what arrived, so tests can prove the bytes came intact. */

export function nhnFileType(sniffed: Sniffed): string {
	return sniffed.kind === 'jpeg' ? 'jpg' : sniffed.kind;
}

export function receivedLines(bytes: Buffer): string[][] {
	return [[`bytes=${bytes.length}`], [`sha256=${sha256(bytes)}`]];
}

/** An aspect ratio of r is cut into ceil(r / 10) slices (the emulator's own rule; NHN does not publish one). */
export function slicesFor(sniffed: Sniffed): number {
	const { width, height } = sniffed.pages[0];
	return Math.max(1, Math.ceil(Math.max(width, height) / Math.min(width, height) / 10));
}

export function genericGeneralResult(bytes: Buffer, sniffed: Sniffed, cropping: boolean) {
	const lines = receivedLines(bytes);
	const boxes = lines.map((words, row) => layoutLine(words, 10, 10 + row * 30, 20));
	return {
		fileType: nhnFileType(sniffed),
		listOfInferTexts: lines.map((words) => ({
			inferTexts: words.map((value) => ({ value, conf: 1 })),
		})),
		listOfBoundingBoxes: boxes.map((line) => ({ boundingBoxes: line.map(quad) })),
		...(cropping ? { slicesImages: slicesFor(sniffed) } : {}),
	};
}

/** "normal: HD 1280*720px or above" (business), "760*480px or above" (credit card), either orientation. */
export function resolutionOf(
	sniffed: Sniffed,
	minLong: number,
	minShort: number,
): 'normal' | 'low' {
	if (sniffed.kind === 'pdf') return 'normal';
	const { width, height } = sniffed.pages[0];
	return Math.max(width, height) >= minLong && Math.min(width, height) >= minShort
		? 'normal'
		: 'low';
}

export function genericBusinessResult(bytes: Buffer, sniffed: Sniffed) {
	const keyValues = [
		{ key: 'bytes', value: String(bytes.length), conf: 1 },
		{ key: 'sha256', value: sha256(bytes), conf: 1 },
	];
	return {
		fileType: nhnFileType(sniffed),
		unitType: sniffed.kind === 'pdf' ? 'point' : 'pixel',
		keyValues,
		boxes: keyValues.map((kv, row) => quad(layoutLine([kv.value], 10, 10 + row * 30, 20)[0])),
		resolution: resolutionOf(sniffed, 1280, 720),
	};
}
