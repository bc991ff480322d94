// Shared helpers for the email reader tests: fixture loading and narrowing a result to a report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { HeaderReport, ReadResult } from '../../../src/lib/email';

export const FIXTURES = ['gmail-newsletter.eml', 'outlook-exchange-online.txt', 'yahoo-inbound.txt', 'icloud-inbound.txt', 'phishing-display-name.eml', 'dmarc-fail.txt', 'mbox-two.mbox'] as const;

export const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

/** Asserts a successful read and returns the report. */
export function ok(result: ReadResult): HeaderReport {
  if (!result.ok) expect.fail(`expected a report, got ${result.code}: ${result.message}`);
  return result;
}

export const flagIds = (r: HeaderReport): string[] => r.flags.map((f) => f.id);
