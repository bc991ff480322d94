// Types of headers.mjs (the _headers reader), for TypeScript callers.
export interface HeaderRule {
  path: string;
  headers: Array<[string, string]>;
}
export function parseHeaders(text: string): HeaderRule[];
export function pathMatches(pattern: string, pathname: string): boolean;
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string>;
export function rebaseHeaders(text: string, base: string): string;
