// Compact SVG path strings for pre-projected geometry: arc simplification and short relative path encoding.

/** A point in the map's own (pre-projected) pixel space. */
export type Point = readonly [number, number];

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const ex = a[0] + t * dx - p[0];
  const ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey;
}

/**
 * Douglas–Peucker simplification of a polyline, keeping both ends. Run on topology arcs (not on
 * rings), so a border shared by two states is simplified once and the neighbours still meet.
 */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2 || tolerance <= 0) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let maxD = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i]!, points[first]!, points[last]!);
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index >= 0 && maxD > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Number → shortest decimal text at a fixed precision: 0.5 → ".5", -0.5 → "-.5", 3.0 → "3". */
function num(n: number, digits: number): string {
  const f = 10 ** digits;
  let s = String(Math.round(n * f) / f);
  if (s === '-0') s = '0';
  if (s.startsWith('0.')) s = s.slice(1);
  else if (s.startsWith('-0.')) s = `-${s.slice(2)}`;
  return s;
}

/** Joins numbers, omitting the separator where a minus sign or a leading dot already separates them. */
function joinNums(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (out === '' || p.startsWith('-')) out += p;
    else if (p.startsWith('.') && /\.\d*$/.test(out)) out += p;
    else out += ` ${p}`;
  }
  return out;
}

/**
 * Encodes rings (closed) or lines (open) as an SVG path: absolute move, then relative lines on the
 * rounded grid (so errors don't accumulate), consecutive duplicates dropped.
 */
export function encodePath(parts: ReadonlyArray<readonly Point[]>, options: { digits: number; closed: boolean }): string {
  const f = 10 ** options.digits;
  const q = (v: number): number => Math.round(v * f);
  let out = '';
  for (const part of parts) {
    const pts: Array<[number, number]> = [];
    for (const p of part) {
      const x = q(p[0]);
      const y = q(p[1]);
      const prev = pts[pts.length - 1];
      if (!prev || prev[0] !== x || prev[1] !== y) pts.push([x, y]);
    }
    if (options.closed && pts.length > 1) {
      const a = pts[0]!;
      const b = pts[pts.length - 1]!;
      if (a[0] === b[0] && a[1] === b[1]) pts.pop();
    }
    if (pts.length < (options.closed ? 3 : 2)) continue;
    const [x0, y0] = pts[0]!;
    const rel: string[] = [];
    for (let i = 1; i < pts.length; i++) {
      rel.push(num((pts[i]![0] - pts[i - 1]![0]) / f, options.digits), num((pts[i]![1] - pts[i - 1]![1]) / f, options.digits));
    }
    out += `M${joinNums([num(x0 / f, options.digits), num(y0 / f, options.digits)])}l${joinNums(rel)}${options.closed ? 'z' : ''}`;
  }
  return out;
}

/** Signed area of a ring (shoelace), in square map units. */
export function ringArea(ring: readonly Point[]): number {
  let a = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % n]!;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}
