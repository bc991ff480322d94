// A data file that is not valid JSON stops the build with its path, line and column (not a bundler trace).
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataJsonError, checkJsonDir, dataJsonGuard } from '../../src/lib/data/jsonGuard';
import { findJsonSyntaxError, lineColumn } from '../../src/lib/data/jsonSyntax';

const DATA_FILES = readdirSync('data').filter((f) => f.endsWith('.json'));

/** A copy of data/ in a temporary root, with one file replaced. */
function rootWith(file: string, text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'json-guard-'));
  mkdirSync(join(root, 'data'));
  for (const f of DATA_FILES) writeFileSync(join(root, 'data', f), readFileSync(join('data', f), 'utf8'));
  writeFileSync(join(root, 'data', file), text);
  return root;
}

/** The text with a comma added after its last value, before the closing bracket (the classic slip). */
function withTrailingComma(text: string): { broken: string; at: number } {
  const body = text.trimEnd();
  const close = body.length - 1;
  let at = close;
  while (at > 0 && /\s/.test(body[at - 1] ?? '')) at--;
  return { broken: `${body.slice(0, at)},${body.slice(at)}\n`, at };
}

describe('the JSON syntax locator', () => {
  it('accepts every data file as it is', () => {
    expect(checkJsonDir('.', 'data')).toEqual([]);
  });
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
  it('points at a trailing comma, in an object and in an array', () => {
    expect(findJsonSyntaxError('{\n  "a": 1,\n}')).toEqual({ line: 2, column: 9, message: 'a trailing comma before “}” (JSON allows none)' });
    expect(findJsonSyntaxError('[1,\n 2, ]')?.message).toMatch(/trailing comma before “]”/);
  });
  it('says a file that stops after a comma, where a property name should be, is probably truncated', () => {
    expect(findJsonSyntaxError('{"a": 1,\n')?.message).toBe('the file ends where a property name should be: is it truncated?');
  });
  it('says a file that stops inside a string is probably truncated, and where the string starts', () => {
    expect(findJsonSyntaxError('{"a": [\n "abc')).toEqual({ line: 2, column: 2, message: 'a string is never closed: is the file truncated?' });
  });
  it('reports an empty file, a byte-order mark, a single quote and text after the value', () => {
    expect(findJsonSyntaxError('')?.message).toBe('the file is empty');
    expect(findJsonSyntaxError('\ufeff{}')?.message).toMatch(/byte-order mark/);
    expect(findJsonSyntaxError("{'a': 1}")?.message).toMatch(/property name in double quotes/);
    expect(findJsonSyntaxError('{} x')).toMatchObject({ line: 1, column: 4 });
  });
});

describe.each(DATA_FILES)('data/%s, broken', (file) => {
  const text = readFileSync(join('data', file), 'utf8');

  it('truncated: the report names the file and the line and column where it ends', () => {
    const cut = text.slice(0, Math.floor(text.length / 2));
    const reports = checkJsonDir(rootWith(file, cut), 'data');
    const end = lineColumn(cut, cut.length);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(new RegExp(`^data/${file.replace('.', '\\.')}:\\d+:\\d+: not valid JSON: .*truncated`));
    const [, line] = /:(\d+):/.exec(reports[0] ?? '') ?? [];
    expect(Number(line)).toBeLessThanOrEqual(end.line);
  });

  it('with a trailing comma: the report names the file, the comma’s line and column', () => {
    const { broken, at } = withTrailingComma(text);
    const reports = checkJsonDir(rootWith(file, broken), 'data');
    const comma = lineColumn(broken, at);
    expect(reports).toEqual([`data/${file}:${comma.line}:${comma.column}: not valid JSON: ${findJsonSyntaxError(broken)?.message}`]);
    expect(reports[0]).toMatch(/a trailing comma before “[\]}]” \(JSON allows none\)$/);
  });
});

describe('the Astro integration', () => {
  it('stops the build or dev server at setup, with the report as its whole message', () => {
    const root = rootWith('timeline.json', '[{"id": "x",}]');
    const hook = dataJsonGuard().hooks['astro:config:setup'] as unknown as (o: object) => void;
    const run = () => hook({ config: { root: new URL(`file://${root}/`) }, updateConfig: () => undefined });
    expect(run).toThrow(DataJsonError);
    expect(run).toThrow('data/timeline.json:1:12: not valid JSON: a trailing comma before “}” (JSON allows none)');
  });
});
