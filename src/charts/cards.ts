// Build time: the share card of each embed (registry id): its words from the data, and a picture drawn for a card
// seen at feed size (no label under 24 px): the map's shapes, the relay's main path, the timeline's key moments.
import { data } from '../lib/data';
import type { ConfidenceId } from '../lib/data/schemas';
import { formatDateShort } from '../lib/format';
import { cardText, PICTURE, shareCardSvg, wrap, type CardContent } from '../lib/shareCard';
import { light, type Palette } from '../styles/tokens';
import { CHECK_TITLE } from '../lib/check/about';
import { mapInput } from './map/copy';
import { mapGeometry } from './map/geo';
import { layout as mapLayout } from './map/layout';
import { renderSvg as mapSvg } from './map/render';

/** The map's shapes (targeted states hatched and outlined), without its labels, fitted into the picture area. */
function mapPicture(): string {
  const geometry = mapGeometry();
  const scene = mapLayout(geometry.geo, mapInput(data), { view: 'targeted' });
  const bare = { ...scene, annotations: { s: [], m: [], l: [] } } as typeof scene;
  const svg = mapSvg(bare, { mode: 'standalone', paths: geometry });
  return svg.replace(/^<svg\b([^>]*)>/, (_m, a: string) => `<svg${a.replace(/\s(width|height)="[^"]*"/g, '')} x="${PICTURE.x}" y="${PICTURE.y}" width="${PICTURE.width}" height="${PICTURE.height}">`);
}

const DASH: Record<ConfidenceId, string> = { 'official-record': 'none', 'multiple-reports': '10 6', 'single-report': '2 6', disputed: '12 5 2 5' };
const STROKE: Record<ConfidenceId, keyof Palette> = { 'official-record': 'official', 'multiple-reports': 'multiple', 'single-report': 'single', disputed: 'disputed' };

/**
 * The relay's main path, one box per kind of step (who ran it, the sender identity, the servers, the mail
 * providers, the recipients), walked back from the recipients along the data's own edges: each arrow is a hop
 * in the data (the servers drawn as their group, as the story's stage does).
 */
export function relayChain(): Array<{ label: string; confidence: ConfidenceId }> {
  const { nodes, edges, groups } = data.relay;
  const kinds = ['provider', 'server', 'identity', 'actor'] as const;
  const head = nodes.find((n) => n.kind === 'recipient');
  if (!head) return [];
  const chain: Array<{ label: string; confidence: ConfidenceId; ids: string[] }> = [{ label: head.label, confidence: head.confidence, ids: [head.id] }];
  for (const kind of kinds) {
    const into = new Set(chain[0]!.ids);
    const feeding = nodes.filter((n) => n.kind === kind && edges.some((e) => e.from === n.id && into.has(e.to)));
    if (feeding.length === 0) continue;
    const group = kind === 'server' ? groups.find((g) => feeding.some((n) => g.members.includes(n.id))) : undefined;
    if (group) chain.unshift({ label: `${group.label} (${group.members.length})`, confidence: feeding[0]!.confidence, ids: group.members });
    else chain.unshift({ label: feeding[0]!.label, confidence: feeding[0]!.confidence, ids: [feeding[0]!.id] });
  }
  return chain.map(({ label, confidence }) => ({ label, confidence }));
}

/** A column of boxes joined by arrows, top to bottom (the relay's path; the header reader's route). */
function chainPicture(p: Palette, chain: Array<{ label: string; confidence: ConfidenceId }>): string {
  const gap = 22;
  const boxH = Math.min(68, (PICTURE.height - gap * (chain.length - 1)) / chain.length);
  return chain
    .map((step, i) => {
      const y = PICTURE.y + 8 + i * (boxH + gap);
      const arrow = i > 0 ? `<path d="M${PICTURE.x + PICTURE.width / 2},${y - gap + 2}v${gap - 8}" stroke="${p.muted}" stroke-width="3"/><path d="M${PICTURE.x + PICTURE.width / 2 - 7},${y - 9}l7,8l7,-8z" fill="${p.muted}"/>` : '';
      const box = `<rect x="${PICTURE.x}" y="${y}" width="${PICTURE.width}" height="${boxH}" rx="6" fill="${p.surface}" stroke="${p[STROKE[step.confidence]]}" stroke-width="3" stroke-dasharray="${DASH[step.confidence]}"/>`;
      return arrow + box + cardText(PICTURE.x + PICTURE.width / 2, y + boxH / 2 + 10, step.label, { size: 27, weight: 700, fill: p.text, anchor: 'middle' });
    })
    .join('');
}

/**
 * What the header reader shows, as a route of generic steps (no real message): the name in the From line, then where
 * the message really started and the servers that carried it to the reader's inbox.
 */
const CHECK_ROUTE = ['The name you see in From', 'The server it really left', 'Servers on the way', 'Your inbox'];

/** Up to four of the timeline's key moments, spread over them, each with its date and headline. */
function timelinePicture(p: Palette): string {
  // Headlines are shown whole (never cut): only the key moments whose headline fits three lines.
  const key = data.timeline.filter((e) => e.key && wrap(e.headline, 38).length <= 3);
  const picks = key.length <= 4 ? key : [0, 1, 2, 3].map((i) => key[Math.round((i * (key.length - 1)) / 3)]!);
  const rowH = PICTURE.height / Math.max(picks.length, 1);
  const x = PICTURE.x + 28;
  const rule = `<line x1="${PICTURE.x + 8}" y1="${PICTURE.y + 16}" x2="${PICTURE.x + 8}" y2="${PICTURE.y + PICTURE.height - 16}" stroke="${p.line}" stroke-width="3"/>`;
  return (
    rule +
    picks
      .map((e, i) => {
        const y = PICTURE.y + i * rowH + 30;
        const lines = wrap(e.headline, 38);
        return (
          `<circle cx="${PICTURE.x + 8}" cy="${y - 9}" r="9" fill="${p.accent}"/>` +
          cardText(x, y, formatDateShort(e.date), { size: 24, weight: 700, fill: p.muted }) +
          lines.map((l, j) => cardText(x, y + 30 + j * 28, l, { size: 24, fill: p.text })).join('')
        );
      })
      .join('')
  );
}

/** The card of a registry entry, as SVG. */
export function cardSvg(id: string, address: string, palette: Palette = light): string {
  const base = { publisher: data.article.byline, address };
  const targeted = data.states.map((s) => s.name);
  const content: Record<string, CardContent> = {
    map: { ...base, kicker: 'The “Proud Boys” emails', title: 'Where voters reported the spoofed emails', notes: wrap(targeted.join(', '), 26), picture: mapPicture() },
    relay: { ...base, kicker: 'The “Proud Boys” emails', title: 'How the spoofed email travelled, as the sources describe it', notes: [], picture: chainPicture(palette, relayChain()) },
    timeline: { ...base, kicker: 'The “Proud Boys” emails', title: `How agencies, politicians and others reacted: ${data.timeline.length} events`, notes: [], picture: timelinePicture(palette) },
    'check-an-email': { ...base, kicker: 'The “Proud Boys” emails · A tool', title: CHECK_TITLE, notes: wrap('Paste the headers of a suspicious email and see where it really came from. Nothing you paste leaves your browser.', 30), picture: chainPicture(palette, CHECK_ROUTE.map((label) => ({ label, confidence: 'official-record' as const }))) },
    story: { ...base, kicker: 'Election 2020 · Explainer', title: data.article.headline, notes: wrap(data.article.dek, 62).slice(0, 4), picture: null },
  };
  const c = content[id];
  if (!c) throw new Error(`share card: no card for "${id}" (src/charts/cards.ts)`);
  return shareCardSvg(c, palette);
}
