// Stops the build and the dev server on a data file that is not valid JSON, naming the file, line and column.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { findJsonSyntaxError, formatJsonSyntaxError } from './jsonSyntax';

/** Every `*.json` file directly in `dir`, as [path from root, text]. */
function jsonFiles(root: string, dir: string): Array<[string, string]> {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [`${dir}/${f}`, readFileSync(join(root, dir, f), 'utf8')]);
}

/** The report for every invalid JSON file in `dir` (empty when all parse). */
export function checkJsonDir(root: string, dir = 'data'): string[] {
  return jsonFiles(root, dir).flatMap(([file, text]) => {
    const err = findJsonSyntaxError(text);
    return err ? [formatJsonSyntaxError(file, err)] : [];
  });
}

/** Thrown before the bundler reads a broken file; its message is the whole report, without a stack. */
export class DataJsonError extends Error {
  constructor(reports: string[]) {
    super(`Invalid data (fix the file and run the command again):\n  ${reports.join('\n  ')}`);
    this.name = 'DataJsonError';
    this.stack = this.message;
  }
}

/**
 * Astro integration: checks data/*.json when the build or dev server starts (so a truncated file or a
 * trailing comma stops it with `data/timeline.json:396:70: …`, not a bundler trace), and again whenever
 * the dev server reloads one of them.
 */
export function dataJsonGuard(dir = 'data'): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'data-json-guard',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = decodeURIComponent(config.root.pathname);
        const reports = checkJsonDir(root, dir);
        if (reports.length) throw new DataJsonError(reports);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'data-json-guard',
                enforce: 'pre',
                transform(code: string, id: string) {
                  const file = relative(root, id.split('?')[0] ?? id).split(sep).join('/');
                  if (!file.startsWith(`${dir}/`) || !file.endsWith('.json')) return null;
                  const err = findJsonSyntaxError(code);
                  if (err) this.error(formatJsonSyntaxError(file, err));
                  return null;
                },
              },
            ],
          },
        });
      },
    },
  };
}
