// The site's public address, for the student link, QR codes, share links and printouts. Build-time only.
// A build without SITE_URL has no public address: nothing then shows a made-up one, and the build says so once.

/** The fallback astro.config.mjs uses when SITE_URL is unset: never shown to teachers or students. */
export const PLACEHOLDER_SITE = 'https://proud-boys-emails.example.org';

/** The public origin from SITE_URL, or null when it is unset, invalid or the placeholder. */
export function publicSite(env: Record<string, string | undefined> = process.env): URL | null {
  const raw = env.SITE_URL?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.origin === new URL(PLACEHOLDER_SITE).origin ? null : url;
  } catch {
    return null;
  }
}

/** The absolute public URL of a path already under the base ("/classroom/student/"), or null without a public address. */
export function publicUrl(basedPath: string, env?: Record<string, string | undefined>): string | null {
  const site = publicSite(env);
  return site ? new URL(basedPath, site).href : null;
}

let warned = false;

/** Prints, once per build, that printouts and QR codes will carry no public address. */
export function warnIfNoPublicSite(env?: Record<string, string | undefined>): void {
  if (warned || publicSite(env)) return;
  warned = true;
  console.warn(
    '\n[classroom] SITE_URL is not set: the student link, QR codes and printouts show no public address. ' +
      'Pages fill in the address they are opened at; set SITE_URL (e.g. SITE_URL=https://graphics.example.com) when building for the public.',
  );
}
