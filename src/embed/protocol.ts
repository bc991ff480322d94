// The messages an embed frame and its host exchange: Pym.js strings, AMP/@newswire/frames objects, and ours.

/**
 * The sandbox of our own frames (loader, AMP): scripts with their own origin (so their messages can be checked),
 * popups that leave the sandbox (links open in a normal tab), downloads (the timeline's data).
 */
export const FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

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

/* ---------- scrolling the host to a point of the frame (in-frame "Jump to…" links) ---------- */

/** Our object message asking the host to scroll the frame's point `top` (px from the frame's top) to the viewport's top. */
export const SCROLL_MESSAGE = 'pb-embed:scroll';

export interface ScrollMessage {
  type: typeof SCROLL_MESSAGE;
  id: string;
  top: number;
}

/** True for a well-formed ScrollMessage. */
export function isScrollMessage(data: unknown): data is ScrollMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<ScrollMessage>;
  return m.type === SCROLL_MESSAGE && typeof m.id === 'string' && typeof m.top === 'number' && Number.isFinite(m.top) && m.top >= 0 && m.top < 100_000;
}

/* ---------- WordPress (wp-embed.js on the host: {message, value, secret}) ---------- */

/**
 * The secret WordPress gives a discovered oEmbed iframe, appended to its address as "#?secret=<letters and digits>"
 * (wp_filter_oembed_result, or wp-embed.js when the iframe has none); null when there is none.
 */
export function wordpressSecret(hash: string): string | null {
  return /[#?&]secret=([A-Za-z0-9]{1,32})(?=$|[&#])/.exec(hash)?.[1] ?? null;
}

/** WordPress's message: `height` (px; it clamps to 200–1000) or `link` (an address on our host to open in the top page). */
export function wordpressMessage(secret: string, message: 'height' | 'link', value: number | string): { message: string; value: number | string; secret: string } {
  return { message, value, secret };
}
