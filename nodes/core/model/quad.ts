import type { Quad } from './document';

export interface Vertex {
	x: number;
	y: number;
}

/** CLOVA V2 `boundingPoly.vertices` (clockwise from top-left) → Quad. */
export function quadFromVertices(vertices: Vertex[] | undefined): Quad | undefined {
	if (!vertices || vertices.length < 4) return undefined;
	const [a, b, c, d] = vertices;
	return { x1: a.x, y1: a.y, x2: b.x, y2: b.y, x3: c.x, y3: c.y, x4: d.x, y4: d.y };
}

/** CLOVA V1 `bounding {top,left,width,height}` → Quad. */
export function quadFromRect(
	rect: { top: number; left: number; width: number; height: number } | undefined,
): Quad | undefined {
	if (!rect) return undefined;
	const right = rect.left + rect.width;
	const bottom = rect.top + rect.height;
	return {
		x1: rect.left,
		y1: rect.top,
		x2: right,
		y2: rect.top,
		x3: right,
		y3: bottom,
		x4: rect.left,
		y4: bottom,
	};
}
