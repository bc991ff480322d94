// The messages an embed frame and its host exchange: Pym.js strings, AMP/@newswire/frames objects, and ours.

/** Our own message type for height reports. */
export const HEIGHT_MESSAGE = 'pb-embed:height';

/** Our object message: `{ type, id, graphic, height }`. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The frame id the host gave in the URL (`?id=`), or '' when none. */
  id: string;
  graphic: string;
  height: number;
}

/** Pym.js's string message: `pymxPYMx<id>xPYMx<type>xPYMx<message>`. */
export function pymMessage(id: string, type: string, message: string | number): string {
  return `pymxPYMx${id}xPYMx${type}xPYMx${message}`;
}

/** Parses a Pym.js message addressed to `id`, or returns null. */
export function parsePym(data: unknown, id: string): { type: string; message: string } | null {
  if (typeof data !== 'string' || !data.startsWith('pymxPYMx')) return null;
  const parts = data.split('xPYMx');
  if (parts.length !== 4 || parts[1] !== id) return null;
  return { type: parts[2] ?? '', message: parts[3] ?? '' };
}

/** The AMP `embed-size` message, also what @newswire/frames parents listen for. */
export function ampSizeMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** True for @newswire/frames' "send me your height" message. */
export function isFramesInit(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { sentinel?: unknown }).sentinel === 'amp' && (data as { type?: unknown }).type === 'frames-init';
}

/** True for a well-formed HeightMessage. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<HeightMessage>;
  return m.type === HEIGHT_MESSAGE && typeof m.height === 'number' && Number.isFinite(m.height) && m.height >= 0 && m.height < 100_000 && typeof m.id === 'string';
}
