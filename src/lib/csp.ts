// Content-Security-Policy for our pages: our own origin only, plus hashes of the few inline scripts we write.
import { createHash } from 'node:crypto';

/** `'sha256-…'` source expression for an inline script's exact text. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * The policy: everything from our own origin; inline styles allowed (Astro inlines the page CSS);
 * inline scripts only by hash. No third-party origin anywhere.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.map(scriptHash).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Inline <head> script on every page: marks `<html data-js>` before first paint (scripts will run). */
export const JS_FLAG_SCRIPT = `document.documentElement.dataset.js=''`;
