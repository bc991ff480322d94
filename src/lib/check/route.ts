// The header reader's picture: the route a message took, drawn with the story's relay diagram (pure: build time and browser).
import { hopsForDiagram, type DiagramEdge, type DiagramNode, type EdgeStyle, type HeaderReport, type IpClass } from '../email';
import { layout, type NodeKind, type RelayInput, type Scene } from '../../charts/relay/layout';
import { renderSvg } from '../../charts/relay/render';
import type { ConfidenceId } from '../data/schemas';

/**
 * The relay diagram draws each line in one of four patterns (solid, dashed, dotted, dash-dot). Here
 * they carry what the checks say about a hand-over instead of how well a claim is sourced.
 */
export type RouteLine = 'recorded' | EdgeStyle;
const SLOT: Record<RouteLine, ConfidenceId> = {
  recorded: 'official-record',
  pass: 'multiple-reports',
  none: 'single-report',
  fail: 'disputed',
};

/** What each line pattern means, in the key and in words. */
export const ROUTE_LINE_TEXT: Record<RouteLine, string> = {
  recorded: 'Handed over, as the receiving server recorded it',
  pass: 'Checks passed',
  none: 'Not checked',
  fail: 'Checks failed',
};

/** Short words for an address's class, for the second line of a box. */
export const IP_SHORT: Record<IpClass, string> = {
  public: 'country not known',
  private: 'private network',
  loopback: 'the same machine',
  'link-local': 'local network',
  documentation: 'example address',
  shared: 'shared address',
  reserved: 'reserved address',
};

const slotLabels = (): Record<ConfidenceId, string> => ({
  'official-record': ROUTE_LINE_TEXT.recorded,
  'multiple-reports': ROUTE_LINE_TEXT.pass,
  'single-report': ROUTE_LINE_TEXT.none,
  disputed: ROUTE_LINE_TEXT.fail,
});

/** "198.51.100.23 · example address", "192.0.2.1 · Estonia". */
export function ipLine(report: HeaderReport, node: DiagramNode): string | null {
  if (node.ip === null || node.hopIndex === null) return null;
  const ip = report.hops[node.hopIndex]?.ip;
  if (!ip) return node.ip;
  const where = ip.class !== 'public' ? IP_SHORT[ip.class] : (ip.countryName ?? IP_SHORT.public);
  return `${ip.address} · ${where}`;
}

function nodeKind(report: HeaderReport, node: DiagramNode): NodeKind {
  if (node.kind === 'sender') return 'identity';
  if (node.kind === 'recipient') return 'recipient';
  // Box i is the server that received hop i - 1 (and sent hop i); the provider received every hop from entryHop on.
  const i = node.hopIndex ?? report.hops.length;
  return report.entryHop !== null && i > report.entryHop ? 'provider' : 'server';
}

function nodeMeta(report: HeaderReport, node: DiagramNode): string[] {
  if (node.kind === 'sender') {
    const name = report.from?.displayName;
    return [name && report.from?.address ? report.from.address : '', 'claimed sender'].filter(Boolean);
  }
  if (node.kind === 'recipient') return ['recipient'];
  const lines = [ipLine(report, node)].filter((l): l is string => l !== null);
  if (node.hopIndex !== null && node.hopIndex === report.originHop) lines.push('first server on the internet');
  return lines;
}

function nodeLabel(report: HeaderReport, node: DiagramNode): string {
  if (node.kind === 'sender') return report.from?.displayName || node.label;
  return node.label;
}

/** The line pattern of one hand-over. */
export function routeLine(edge: DiagramEdge, fromSender: boolean): RouteLine {
  if (fromSender) return edge.style;
  return edge.style === 'none' ? 'recorded' : edge.style;
}

/** The route as relay-diagram input: the claimed sender, each server in travel order, the recipient. */
export function routeInput(report: HeaderReport): RelayInput {
  const diagram = hopsForDiagram(report);
  const nodes = diagram.nodes.map((n) => ({
    id: n.id,
    label: nodeLabel(report, n),
    kind: nodeKind(report, n),
    meta: nodeMeta(report, n),
    confidence: 'official-record' as ConfidenceId,
  }));
  const edges = diagram.edges.map((e, i) => ({
    id: `hop-${i}`,
    from: e.from,
    to: e.to,
    hop: i + 1,
    side: false,
    confidence: SLOT[routeLine(e, e.from === 'sender')],
  }));
  return { nodes, edges, groups: [], confidenceLabels: slotLabels(), seen: null, rowMax: 320 };
}

/** Lays the route out for a width. */
export function routeScene(report: HeaderReport, width: number): Scene {
  return layout(routeInput(report), { width }, { view: 'full' });
}

/** The line patterns a scene uses, for its key. */
export function linesUsed(scene: Scene): RouteLine[] {
  const used = new Set(scene.edges.map((e) => e.confidence));
  return (Object.keys(SLOT) as RouteLine[]).filter((k) => used.has(SLOT[k]));
}

/** The SVG of a laid-out route (text alternative: the ordered list the report prints after it). */
export function routeSvgOf(scene: Scene): string {
  const label = `Route of the message: ${scene.nodes.length} boxes from the claimed sender to the recipient. The same route is listed step by step below.`;
  return renderSvg(scene, { interactive: false, label });
}

/** The route drawn for a width: its SVG, the line patterns it uses, and the pattern of the claimed sender's line. */
export function routeDrawing(report: HeaderReport, width: number): { svg: string; lines: RouteLine[]; senderLine: RouteLine } {
  const scene = routeScene(report, width);
  const first = hopsForDiagram(report).edges[0];
  return { svg: routeSvgOf(scene), lines: linesUsed(scene), senderLine: first ? routeLine(first, true) : 'none' };
}
