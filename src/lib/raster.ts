// Rasterises SVG markup to PNG at build time with sharp (no browser), for share cards and static fallbacks.
import sharp from 'sharp';

/** PNG bytes of an SVG string, at the SVG's own size times `scale`. */
export async function svgToPng(svg: string, scale = 1): Promise<ArrayBuffer> {
  const png = await sharp(Buffer.from(svg), { density: 72 * scale }).png({ compressionLevel: 9 }).toBuffer();
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}
