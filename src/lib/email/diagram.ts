// A small, ordered node/edge list of the journey for a later diagram: claimed sender → servers → recipient.
import type { CountryStatus, HeaderReport, Hop, TlsHint } from './types';

/** One box in the diagram. */
export interface DiagramNode {
  /** Stable id: 'sender', 'server-0' … 'server-n', 'recipient'. */
  id: string;
  kind: 'sender' | 'server' | 'recipient';
  /** What to print: an address, a host name, an IP, or a fallback word. */
  label: string;
  host: string | null;
  ip: string | null;
  /** ISO country code, when a lookup found one (a placeholder until then). */
  country: string | null;
  countryStatus: CountryStatus | null;
  /** The hop whose sending side this server is, or null. */
  hopIndex: number | null;
}

/** How a link is drawn, from the authentication verdict that covers it. */
export type EdgeStyle = 'pass' | 'fail' | 'none';

/** One arrow. */
export interface DiagramEdge {
  from: string;
  to: string;
  style: EdgeStyle;
  /** Encryption of this hand-over, when it is a hop. */
  tls: TlsHint | null;
  delaySeconds: number | null;
  hopIndex: number | null;
}

export interface Diagram {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

const spfStyle = (r: HeaderReport): EdgeStyle =>
  r.auth.spf?.result === 'pass' ? 'pass' : r.auth.spf?.result === 'fail' || r.auth.spf?.result === 'softfail' ? 'fail' : 'none';

function serverNode(hop: Hop, id: string, previous: Hop | undefined): DiagramNode {
  const host = hop.fromSeen ?? hop.fromClaimed ?? previous?.by ?? null;
  const ip = hop.ip?.address ?? null;
  return { id, kind: 'server', label: host ?? ip ?? 'unnamed server', host, ip, country: hop.ip?.country ?? null, countryStatus: hop.ip?.countryStatus ?? null, hopIndex: hop.index };
}

/**
 * Nodes in travel order: the claimed sender, the sending server of each hop, the last receiving
 * server, the recipient. The sender → first server edge carries the overall verdict (does the
 * From line hold up?); the hop where the recipient's provider took the message carries SPF (which
 * checks that hand-over); every other edge is 'none'.
 */
export function hopsForDiagram(report: HeaderReport): Diagram {
  const sender = report.from?.address || report.from?.domain || 'unknown sender';
  const nodes: DiagramNode[] = [{ id: 'sender', kind: 'sender', label: sender, host: report.from?.domain ?? null, ip: null, country: null, countryStatus: null, hopIndex: null }];
  const edges: DiagramEdge[] = [];
  report.hops.forEach((hop, i) => nodes.push(serverNode(hop, `server-${i}`, report.hops[i - 1])));
  const last = report.hops[report.hops.length - 1];
  if (last) nodes.push({ id: `server-${report.hops.length}`, kind: 'server', label: last.by ?? 'unnamed server', host: last.by, ip: null, country: null, countryStatus: null, hopIndex: null });
  const recipient = [...report.hops].reverse().find((h) => h.recipient)?.recipient;
  nodes.push({ id: 'recipient', kind: 'recipient', label: recipient ?? 'recipient', host: null, ip: null, country: null, countryStatus: null, hopIndex: null });
  for (let i = 0; i + 1 < nodes.length; i++) {
    const [a, b] = [nodes[i], nodes[i + 1]];
    if (!a || !b) continue;
    const hop = a.kind === 'server' && a.hopIndex !== null ? report.hops[a.hopIndex] : undefined;
    const style: EdgeStyle = a.kind === 'sender' ? report.auth.verdict : hop && hop.index === report.entryHop ? spfStyle(report) : 'none';
    edges.push({ from: a.id, to: b.id, style, tls: hop?.tls ?? null, delaySeconds: hop?.delaySeconds ?? null, hopIndex: hop?.index ?? null });
  }
  return { nodes, edges };
}
