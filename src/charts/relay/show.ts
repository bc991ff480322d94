// What a declared state shows of the relay graph: which boxes and lines, which are grouped into one, which stand out.
import type { RelayState } from '../../lib/data/steps';
import type { ConfidenceId } from '../../lib/data/schemas';
import type { Emphasis, RelayInput, RelayInputEdge, RelayInputGroup, RelayInputNode } from './layout';

export const CONFIDENCE_RANK: Record<ConfidenceId, number> = {
  'official-record': 0,
  'multiple-reports': 1,
  'single-report': 2,
  disputed: 3,
};

/** The best-sourced of several confidence levels. */
function best(levels: ConfidenceId[]): ConfidenceId {
  return levels.slice().sort((a, b) => CONFIDENCE_RANK[a] - CONFIDENCE_RANK[b])[0] ?? 'single-report';
}

/** A group drawn as one box, with the lines into and out of it (each merging its members' lines). */
export interface GroupShape {
  group: RelayInputGroup;
  node: RelayInputNode;
  edges: RelayInputEdge[];
  /** Each member line → the group line that stands in for it. */
  standIn: Map<string, string>;
}

/** The box and lines of a group, from its members (ids are stable: the same in every state and copy). */
export function groupShape(input: RelayInput, group: RelayInputGroup): GroupShape {
  const members = new Set(group.members);
  const memberNodes = input.nodes.filter((n) => members.has(n.id));
  const node: RelayInputNode = {
    id: group.id,
    label: `${group.label} (${memberNodes.length})`,
    kind: memberNodes[0]?.kind ?? 'server',
    confidence: best(memberNodes.map((n) => n.confidence)),
  };
  const merged = new Map<string, RelayInputEdge[]>();
  const standIn = new Map<string, string>();
  for (const e of input.edges) {
    const from = members.has(e.from) ? group.id : e.from;
    const to = members.has(e.to) ? group.id : e.to;
    if (from === e.from && to === e.to) continue;
    if (from === to) continue;
    const id = `${group.id}--${from === group.id ? `to-${to}` : `from-${from}`}`;
    merged.set(id, [...(merged.get(id) ?? []), { ...e, id, from, to }]);
    standIn.set(e.id, id);
  }
  const edges = [...merged.entries()].map(([id, list]) => ({
    ...list[0]!,
    id,
    hop: Math.min(...list.map((e) => e.hop)),
    confidence: best(list.map((e) => e.confidence)),
  }));
  return { group, node, edges, standIn };
}

/** What one state shows. */
export interface StatePlan {
  /** The graph to place: the input, with collapsed groups standing in for their members. */
  graph: RelayInput;
  /** Every node and line a copy can draw (the input's and every group's), so copies keep one element each. */
  allNodes: RelayInputNode[];
  allEdges: RelayInputEdge[];
  /** A node or line not in the placed graph → the one whose place it takes (a member → its group, and back). */
  standIn: Map<string, string>;
  shownEdge: (e: RelayInputEdge) => boolean;
  edgeEmphasis: (e: RelayInputEdge) => Emphasis;
  nodeEmphasis: (id: string) => Emphasis;
}

/**
 * The plan for a state. `compact` is the story's stage, where room is short: groups collapse in the
 * views they list (the explore figure and the step copies always show every box).
 */
export function planState(input: RelayInput, state: RelayState, compact: boolean): StatePlan {
  const shapes = input.groups.map((g) => groupShape(input, g));
  const collapsed = shapes.filter((s) => compact && s.group.collapsedIn.includes(state.view));
  const hiddenMembers = new Set(collapsed.flatMap((s) => s.group.members));
  const replaced = new Set(collapsed.flatMap((s) => [...s.standIn.keys()]));
  const graph: RelayInput = {
    ...input,
    nodes: [...input.nodes.filter((n) => !hiddenMembers.has(n.id)), ...collapsed.map((s) => s.node)],
    edges: [...input.edges.filter((e) => !replaced.has(e.id)), ...collapsed.flatMap((s) => s.edges)],
  };
  const standIn = new Map<string, string>();
  for (const s of shapes) {
    const open = !collapsed.includes(s);
    for (const m of s.group.members) if (!open) standIn.set(m, s.group.id);
    if (open) standIn.set(s.group.id, s.group.members[0] ?? s.group.id);
    for (const [memberEdge, groupEdge] of s.standIn) {
      if (open) standIn.set(groupEdge, standIn.get(groupEdge) ?? memberEdge);
      else standIn.set(memberEdge, groupEdge);
    }
  }
  const placed = new Set(graph.edges.map((e) => e.id));
  const mainMaxHop = Math.max(...input.edges.filter((e) => !e.side).map((e) => e.hop));
  const shownEdge = (e: RelayInputEdge): boolean => {
    if (!placed.has(e.id)) return false;
    switch (state.view) {
      case 'identity':
        return false;
      case 'path':
        return !e.side && e.hop <= (state.hop ?? mainMaxHop);
      case 'headers':
        return !e.side;
      case 'full':
        return true;
    }
  };
  const servers = new Set(graph.nodes.filter((n) => n.kind === 'server').map((n) => n.id));
  const strong = (e: RelayInputEdge): boolean => state.view === 'headers' && (servers.has(e.from) || servers.has(e.to));
  return {
    graph,
    allNodes: [...input.nodes, ...shapes.map((s) => s.node)],
    allEdges: [...input.edges, ...shapes.flatMap((s) => s.edges)],
    standIn,
    shownEdge,
    edgeEmphasis: (e) => (state.view !== 'headers' ? 'normal' : strong(e) ? 'strong' : 'faded'),
    nodeEmphasis: (id) => (state.view !== 'headers' ? 'normal' : servers.has(id) ? 'strong' : 'faded'),
  };
}

/** The ids of the lines that matter most in a headers view (those touching a server): the camera frames them. */
export function strongEdges(plan: StatePlan, state: RelayState): RelayInputEdge[] {
  return state.view === 'headers' ? plan.graph.edges.filter((e) => plan.edgeEmphasis(e) === 'strong') : [];
}
