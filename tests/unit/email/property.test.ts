// Property tests: random text, bytes and mutated fixtures never throw, stay fast, and return only clean strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FIELD_CHARS, MAX_HOPS, readHeaders, readMessage, type ReadResult } from '../../../src/lib/email';
import { fixture, FIXTURES } from './helpers';

/** Every string anywhere in a result. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** The result is well formed: a typed failure, or a report whose strings are short and free of control characters. */
function checkResult(r: ReadResult, input: string): void {
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    expect(r.message.length).toBeGreaterThan(10);
    return;
  }
  expect(r.hops.length).toBeLessThanOrEqual(MAX_HOPS);
  for (const s of strings(r)) {
    expect(s.length).toBeLessThanOrEqual(MAX_FIELD_CHARS);
    const c = CONTROL.exec(s)?.[0];
    if (c) expect(input.includes(c), `control character U+${c.charCodeAt(0).toString(16)} not in input`).toBe(true);
  }
  for (const f of r.flags) expect(['danger', 'warning', 'info']).toContain(f.severity);
}

const GARBAGE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '\u0000\u0001\u001b[31m', '\u202e\u200b', '=?UTF-8?B?PHNjcmlwdD4=?=', '((((', '[[[', ';;;', '\r', '\t\t', 'é', '\uFFFD', '🦆'];

type Op = { kind: 'delete' | 'duplicate' | 'truncate' | 'insert' | 'garbage'; at: number; text: string };
const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'truncate', 'insert', 'garbage'),
  at: fc.nat(),
  text: fc.oneof(fc.constantFrom(...GARBAGE), fc.string({ unit: 'binary', maxLength: 40 })),
});

function mutate(text: string, ops: Op[]): string {
  let lines = text.split('\n');
  for (const o of ops) {
    const i = lines.length ? o.at % lines.length : 0;
    if (o.kind === 'delete') lines.splice(i, 1);
    else if (o.kind === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
    else if (o.kind === 'truncate') lines = lines.join('\n').slice(0, o.at % (text.length + 1)).split('\n');
    else if (o.kind === 'insert') lines.splice(i, 0, o.text);
    else {
      const line = lines[i] ?? '';
      const at = o.at % (line.length + 1);
      lines[i] = line.slice(0, at) + o.text + line.slice(at);
    }
  }
  return lines.join('\n');
}

describe('readMessage and readHeaders never fail badly', () => {
  it('on random strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 3000 }), async (s) => {
        checkResult(await readMessage(s), s);
        checkResult(readHeaders(s), s);
      }),
      { numRuns: 300 },
    );
  });

  it('on random header-shaped lines', async () => {
    const line = fc.tuple(fc.constantFrom('Received', 'From', 'Reply-To', 'Authentication-Results', 'Received-SPF', 'DKIM-Signature', 'Date', 'Subject', 'X-Originating-IP'), fc.string({ unit: 'binary', maxLength: 200 }));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 40 }), async (lines) => {
        const s = lines.map(([k, v]) => `${k}: ${v}`).join('\n');
        checkResult(await readMessage(s), s);
      }),
      { numRuns: 300 },
    );
  });

  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        const r = await readMessage(new Uint8Array(bytes).buffer);
        checkResult(r, new TextDecoder('windows-1252').decode(bytes) + new TextDecoder().decode(bytes));
      }),
      { numRuns: 200 },
    );
  });

  it('on mutated fixtures (deleted, duplicated, truncated lines, garbage, <script>)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIXTURES), fc.array(op, { maxLength: 12 }), async (name, ops) => {
        const s = mutate(fixture(name), ops);
        checkResult(await readMessage(s), s);
        checkResult(readHeaders(s), s);
      }),
      { numRuns: 400 },
    );
  });
});

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function timeIt(input: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    checkResult(await readMessage(input), input);
    times.push(performance.now() - t0);
  }
  return median(times);
}

describe('time bounds', () => {
  const base = FIXTURES.map((f) => fixture(f)).join('\n').split('\n\n')[0] ?? '';

  it('reads 10 KB of headers in well under 50 ms', async () => {
    const ten = (base + '\n').repeat(Math.ceil(10240 / base.length)).slice(0, 10240);
    await timeIt(ten, 3); // warm up
    const ms = await timeIt(ten, 9);
    console.info(`10 KB of headers: ${ms.toFixed(1)} ms (median of 9)`);
    expect(ms).toBeLessThan(50);
  });

  it('reads 1 MB inputs (headers, one long line, nested junk) in under 1 s each', async () => {
    const mb = 1024 * 1024;
    const inputs = {
      headers: (base + '\n').repeat(Math.ceil(mb / base.length)).slice(0, mb),
      longReceived: `From: a@example.org\nReceived: from ${'x ('.repeat(mb / 3)}`,
      longAuth: `From: a@example.org\nAuthentication-Results: mx; ${'spf=pass '.repeat(mb / 9)}`,
      folded: `From: a@example.org\nSubject: x\n${' y\n'.repeat(mb / 3)}`,
      noNewline: 'a'.repeat(mb),
      dotsInName: `From: "a@${'.'.repeat(mb / 2)}x" <a@example.org>\nReceived: from ${'1'.repeat(mb / 4)}x (helo=${')'.repeat(mb / 4)}x) by y; x`,
      bracketsInHost: `From: ${'<'.repeat(mb / 2)}\nReceived: from ${'['.repeat(mb / 4)} (${'<'.repeat(mb / 4)} [192.0.2.1]) by z`,
    };
    for (const [label, input] of Object.entries(inputs)) {
      const ms = await timeIt(input, 1);
      console.info(`1 MB ${label}: ${ms.toFixed(0)} ms`);
      expect(ms, label).toBeLessThan(1000);
    }
  });
});
