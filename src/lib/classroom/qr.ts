// QR codes as SVG paths, drawn from qrcode-generator's module matrix (numbers only, so the markup needs no escaping).
import qrcode from 'qrcode-generator';

/** A QR code: the number of modules per side and one SVG path covering every dark module. */
export interface QrCode {
  size: number;
  path: string;
}

/** Quiet zone around the code, in modules (the QR standard asks for 4). */
export const QUIET_ZONE = 4;

/** Encodes text (a URL) with medium error correction and the smallest version that fits. */
export function qrCode(text: string): QrCode {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (qr.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`;
  }
  return { size, path };
}

/** The SVG viewBox of a code with its quiet zone. */
export function qrViewBox(code: QrCode): string {
  return `${-QUIET_ZONE} ${-QUIET_ZONE} ${code.size + 2 * QUIET_ZONE} ${code.size + 2 * QUIET_ZONE}`;
}
