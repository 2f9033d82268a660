// Just enough PNG for comparing screenshots: decodes the 8-bit, non-interlaced grey, grey+alpha, RGB and RGBA images
// Chromium writes, and reduces one to a coarse grid of grey cell averages ("a few pixels") that two renderings of the
// same screen share, whatever their anti-aliasing.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** { width, height, channels, pixels } of a PNG file or buffer; throws on a kind it does not read. */
export function decodePng(input) {
	const png = Buffer.isBuffer(input) ? input : readFileSync(input);
	if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
	let offset = 8;
	let header;
	const data = [];
	while (offset < png.length) {
		const length = png.readUInt32BE(offset);
		const type = png.toString('latin1', offset + 4, offset + 8);
		const body = png.subarray(offset + 8, offset + 8 + length);
		if (type === 'IHDR')
			header = {
				width: body.readUInt32BE(0),
				height: body.readUInt32BE(4),
				depth: body[8],
				colorType: body[9],
				interlace: body[12],
			};
		else if (type === 'IDAT') data.push(body);
		else if (type === 'IEND') break;
		offset += 12 + length;
	}
	const channels = CHANNELS[header?.colorType];
	if (!header || header.depth !== 8 || !channels || header.interlace !== 0)
		throw new Error(`a PNG this reader does not decode: ${JSON.stringify(header)}`);
	const { width, height } = header;
	const raw = inflateSync(Buffer.concat(data));
	const stride = width * channels;
	const pixels = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		const out = y * stride;
		for (let x = 0; x < stride; x++) {
			const a = x >= channels ? pixels[out + x - channels] : 0;
			const b = y > 0 ? pixels[out - stride + x] : 0;
			const c = x >= channels && y > 0 ? pixels[out - stride + x - channels] : 0;
			let predictor = 0;
			if (filter === 1) predictor = a;
			else if (filter === 2) predictor = b;
			else if (filter === 3) predictor = (a + b) >> 1;
			else if (filter === 4) {
				const p = a + b - c;
				const pa = Math.abs(p - a);
				const pb = Math.abs(p - b);
				const pc = Math.abs(p - c);
				predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
			} else if (filter !== 0) throw new Error(`PNG filter ${filter} on line ${y}`);
			pixels[out + x] = (line[x] + predictor) & 0xff;
		}
	}
	return { width, height, channels, pixels };
}

/** The image as columns × rows cells, each the mean grey (0-255) of its pixels, row by row. */
export function cellGrid({ width, height, channels, pixels }, columns, rows) {
	const sums = new Float64Array(columns * rows);
	const counts = new Float64Array(columns * rows);
	for (let y = 0; y < height; y++) {
		const row = Math.min(rows - 1, Math.floor((y * rows) / height));
		for (let x = 0; x < width; x++) {
			const column = Math.min(columns - 1, Math.floor((x * columns) / width));
			const at = (y * width + x) * channels;
			const grey =
				channels >= 3
					? 0.299 * pixels[at] + 0.587 * pixels[at + 1] + 0.114 * pixels[at + 2]
					: pixels[at];
			sums[row * columns + column] += grey;
			counts[row * columns + column]++;
		}
	}
	return [...sums].map((sum, index) => sum / counts[index]);
}
