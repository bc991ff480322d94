// Builds URLs under the configured base path, so the site works at / or under any sub-path.

/** Prefixes a site-absolute path ("/embed/map/") with Astro's base ("/story" → "/story/embed/map/"). */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
