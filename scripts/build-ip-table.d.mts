// Types for the parts of build-ip-table.mjs that the Astro integration uses.
export const CREDIT: string;
export function buildTables(options: { v4Csv: string; v6Csv: string; chunkEntries?: number }): {
  files: Map<string, Buffer | string>;
  stats: { v4Entries: number; v6Entries: number; countries: number };
};
