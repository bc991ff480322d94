// Astro integration: builds the IP-to-country table (scripts/build-ip-table.mjs) into the site at /ip-country/, and serves it in dev.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildTables } from '../../scripts/build-ip-table.mjs';

/** Where the header reader fetches the table from, under the site's base path. */
export const IP_TABLE_DIR = 'ip-country';

let cached: Map<string, Buffer | string> | null = null;

/** The table's files, built once per process from the NRO-derived CSVs of @ip-location-db/geo-whois-asn-country. */
export function ipTableFiles(): Map<string, Buffer | string> {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('@ip-location-db/geo-whois-asn-country/package.json'));
  const csv = (family: 4 | 6): string => readFileSync(join(pkgDir, `geo-whois-asn-country-ipv${family}-num.csv`), 'utf8');
  cached = buildTables({ v4Csv: csv(4), v6Csv: csv(6) }).files;
  return cached;
}

const contentType = (name: string): string => (name.endsWith('.json') ? 'application/json' : 'application/octet-stream');

export function ipCountryTable(): AstroIntegration {
  let base = '/';
  return {
    name: 'ip-country-table',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${IP_TABLE_DIR}/`;
        server.middlewares.use((req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          if (!path.startsWith(prefix)) return next();
          const file = ipTableFiles().get(path.slice(prefix.length));
          if (file === undefined) return next();
          res.setHeader('Content-Type', contentType(path));
          res.end(file);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), IP_TABLE_DIR);
        await mkdir(out, { recursive: true });
        const files = ipTableFiles();
        await Promise.all([...files].map(([name, data]) => writeFile(join(out, name), data)));
        logger.info(`${files.size} files written to /${IP_TABLE_DIR}/`);
      },
    },
  };
}
