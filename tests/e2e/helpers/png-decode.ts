import { inflateSync } from 'node:zlib';

/** A decoded 8-bit PNG as RGBA, plus its chunk list (for the embedded chart and IHDR checks). */
export type DecodedPng = {
  width: number;
  height: number;
  rgba: Uint8Array;
  chunks: { type: string; data: Buffer }[];
};

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function hasPngSignature(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

export function pngChunks(bytes: Buffer): { type: string; data: Buffer }[] {
  const out: { type: string; data: Buffer }[] = [];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    out.push({ type, data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return out;
}

/** Width and height from IHDR, without decoding pixels. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const ihdr = pngChunks(bytes).find((c) => c.type === 'IHDR');
  if (!ihdr) throw new Error('PNG has no IHDR');
  return { width: ihdr.data.readUInt32BE(0), height: ihdr.data.readUInt32BE(4) };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes the non-interlaced 8-bit RGB/RGBA PNGs that a browser canvas produces. */
export function decodePng(bytes: Buffer): DecodedPng {
  if (!hasPngSignature(bytes)) throw new Error('not a PNG');
  const chunks = pngChunks(bytes);
  const ihdr = chunks.find((c) => c.type === 'IHDR')!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [depth, colorType, , , interlace] = [ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]];
  if (depth !== 8 || interlace !== 0 || (colorType !== 6 && colorType !== 2)) {
    throw new Error(`unsupported PNG: depth ${depth}, colour type ${colorType}, interlace ${interlace}`);
  }
  const channels = colorType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * channels;
  const rgba = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? cur[i - channels]! : 0;
      const up = prev[i]!;
      const upLeft = i >= channels ? prev[i - channels]! : 0;
      const x = line[i]!;
      let v: number;
      if (filter === 0) v = x;
      else if (filter === 1) v = x + left;
      else if (filter === 2) v = x + up;
      else if (filter === 3) v = x + ((left + up) >> 1);
      else if (filter === 4) v = x + paeth(left, up, upLeft);
      else throw new Error(`bad filter ${filter} on row ${y}`);
      cur[i] = v & 0xff;
    }
    for (let px = 0; px < width; px++) {
      const o = (y * width + px) * 4;
      rgba[o] = cur[px * channels]!;
      rgba[o + 1] = cur[px * channels + 1]!;
      rgba[o + 2] = cur[px * channels + 2]!;
      rgba[o + 3] = channels === 4 ? cur[px * channels + 3]! : 255;
    }
    prev = cur;
  }
  return { width, height, rgba, chunks };
}

export type Rgba = [number, number, number, number];

export function pixelAt(png: DecodedPng, x: number, y: number): Rgba {
  const px = Math.min(png.width - 1, Math.max(0, Math.round(x)));
  const py = Math.min(png.height - 1, Math.max(0, Math.round(y)));
  const o = (py * png.width + px) * 4;
  return [png.rgba[o]!, png.rgba[o + 1]!, png.rgba[o + 2]!, png.rgba[o + 3]!];
}

export function colourDistance(a: Rgba, b: Rgba): number {
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
}

export function hexToRgba(hex: string): Rgba {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

/** Pixels in a rectangle (every `step`-th in each direction) that differ from `background` by more than `tolerance` in some channel. */
export function countDifferent(
  png: DecodedPng,
  rect: { x: number; y: number; width: number; height: number },
  background: Rgba,
  tolerance = 16,
  step = 1,
): number {
  let count = 0;
  const x0 = Math.max(0, Math.floor(rect.x));
  const y0 = Math.max(0, Math.floor(rect.y));
  const x1 = Math.min(png.width, Math.ceil(rect.x + rect.width));
  const y1 = Math.min(png.height, Math.ceil(rect.y + rect.height));
  const { rgba, width } = png;
  for (let y = y0; y < y1; y += step) {
    for (let x = x0; x < x1; x += step) {
      const o = (y * width + x) * 4;
      const d = Math.max(
        Math.abs(rgba[o]! - background[0]),
        Math.abs(rgba[o + 1]! - background[1]),
        Math.abs(rgba[o + 2]! - background[2]),
        Math.abs(rgba[o + 3]! - background[3]),
      );
      if (d > tolerance) count++;
    }
  }
  return count;
}

/** The smallest distance to `colour` among the pixels within `radius` of (x, y). */
export function nearestColourDistance(
  png: DecodedPng,
  x: number,
  y: number,
  colour: Rgba,
  radius = 1,
): number {
  let best = Infinity;
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      best = Math.min(best, colourDistance(pixelAt(png, x + dx, y + dy), colour));
    }
  }
  return best;
}

export const WHITE: Rgba = [255, 255, 255, 255];
