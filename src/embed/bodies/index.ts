// Finds each registry entry's body (./<id>.astro) and optional head extras (./<id>.head.astro): adding an embed is a
// registry entry plus its body file, and a missing body stops the build naming the entry.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { EmbedEntry } from '../registry';

const modules = import.meta.glob<{ default: AstroComponentFactory }>('./*.astro', { eager: true });

/** The body (required) and head extras (optional) of an embed page. */
export function bodyOf(entry: EmbedEntry): { Body: AstroComponentFactory; Head: AstroComponentFactory | null } {
  const Body = modules[`./${entry.id}.astro`]?.default;
  if (!Body) throw new Error(`embed "${entry.id}": no body. Add src/embed/bodies/${entry.id}.astro (see "Add an embed" in the README).`);
  return { Body, Head: modules[`./${entry.id}.head.astro`]?.default ?? null };
}
