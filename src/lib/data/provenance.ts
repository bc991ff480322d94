// Where a source's link goes: the provenance ids and the domain checks, free of zod so browser code can import them.

/** original · official · republication · copy (see Provenance in schemas.ts for what each means). */
export const PROVENANCES = ['original', 'official', 'republication', 'copy'] as const;

/** True when a URL is on one of the domains: the host is the domain or a subdomain, and the path starts with its path. */
export function onDomains(url: string, domains: readonly string[]): boolean {
  const u = new URL(url);
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  return domains.some((d) => {
    const [domain = '', ...path] = d.split('/');
    const prefix = path.length ? `/${path.join('/')}/` : '/';
    return (host === domain || host.endsWith(`.${domain}`)) && u.pathname.startsWith(prefix);
  });
}

/** The host a reader sees for a URL, without "www.". */
export function siteOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

