// Build-time geometry for the map: us-atlas (pre-projected Albers USA, 975×610) → simplified state, border and Florida county paths.
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import statesTopo from 'us-atlas/states-albers-10m.json' with { type: 'json' };
import countiesTopo from 'us-atlas/counties-albers-10m.json' with { type: 'json' };
import { encodePath, ringArea, simplifyLine, type Point } from './pathcodec';
import type { MapGeo, ShapeInfo } from './layout';

/** The albers files are projected to this frame (geoAlbersUsa scale 1300, translate [487.5, 305]). */
export const ATLAS_WIDTH = 975;
export const ATLAS_HEIGHT = 610;
/** Florida's state FIPS: county ids starting with it are kept for the close-up. */
export const FLORIDA_FIPS = '12';

/** How coarse the shipped paths are (map units ≈ CSS px on a 975-px-wide map). */
export interface GeoPrecision {
  /** Douglas–Peucker tolerance for state arcs. */
  stateTolerance: number;
  /** Tolerance for the arcs of states seen in a close-up (Florida about 3×, Alaska about 1.5×). */
  zoomedTolerance: number;
  /** Tolerance for Florida county arcs (seen zoomed in, so finer). */
  countyTolerance: number;
  /** Decimal digits in path coordinates. */
  digits: number;
  /** Islands smaller than this (square units) are dropped, except a shape's largest ring. */
  minIslandArea: number;
}

/*
 * Tuned by looking at the close-ups: Florida is shown at about 3× and Alaska at about 1.5×, where
 * 0.25 units on their arcs stays under a CSS pixel; elsewhere 0.6 units is under a pixel at full
 * width. With these values all the map markup on the story page adds about 36 KB gzip (budget 40).
 */
export const DEFAULT_PRECISION: GeoPrecision = { stateTolerance: 0.6, zoomedTolerance: 0.25, countyTolerance: 0.2, digits: 1, minIslandArea: 0.6 };
/** States shown in a close-up, whose borders are kept finer. */
const ZOOMED_STATES = new Set(['12', '02']);

/** Indexes of the arcs a set of geometries use (a negative index ~i means arc i reversed). */
function arcsOf(geometries: GeometryCollection['geometries']): Set<number> {
  const out = new Set<number>();
  const walk = (a: unknown): void => {
    if (typeof a === 'number') out.add(a < 0 ? ~a : a);
    else if (Array.isArray(a)) a.forEach(walk);
  };
  for (const g of geometries) if ('arcs' in g) walk(g.arcs);
  return out;
}

type Props = { name: string };
type Topo = Topology<{ states: GeometryCollection<Props>; counties?: GeometryCollection<Props>; nation: GeometryCollection }>;

/** Decodes the quantised arcs and simplifies each one (shared borders stay shared). */
function simplifyTopology(topo: Topo, tolerance: number | ((arc: number) => number)): Topo {
  const tol = typeof tolerance === 'number' ? () => tolerance : tolerance;
  const t = topo.transform;
  const arcs = topo.arcs.map((arc, i) => {
    let x = 0;
    let y = 0;
    const pts: Point[] = arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return t ? [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] : [x, y];
    });
    return simplifyLine(pts, tol(i)).map((p) => [p[0], p[1]]);
  });
  return { ...topo, transform: undefined, arcs } as unknown as Topo;
}

function polygonsOf(f: Feature<Polygon | MultiPolygon>): Point[][][] {
  const g = f.geometry;
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown as Point[][][];
}

/** Bounds and a label anchor (the centroid of the largest ring's bounding box) of a shape. */
function shapeInfo(id: string, name: string, polys: Point[][][]): ShapeInfo {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let best: Point[] = [];
  let bestArea = -1;
  for (const poly of polys) {
    const outer = poly[0] ?? [];
    const a = Math.abs(ringArea(outer));
    if (a > bestArea) {
      bestArea = a;
      best = outer;
    }
    for (const [x, y] of outer) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  // Area-weighted centroid of the largest outer ring: inside for the compact shapes we label.
  let cx = 0;
  let cy = 0;
  let a2 = 0;
  for (let i = 0; i < best.length; i++) {
    const p = best[i]!;
    const q = best[(i + 1) % best.length]!;
    const c = p[0] * q[1] - q[0] * p[1];
    a2 += c;
    cx += (p[0] + q[0]) * c;
    cy += (p[1] + q[1]) * c;
  }
  const r = (n: number): number => Math.round(n * 10) / 10;
  const anchor: [number, number] = a2 !== 0 ? [r(cx / (3 * a2)), r(cy / (3 * a2))] : [r((x0 + x1) / 2), r((y0 + y1) / 2)];
  return { id, name, bounds: [r(x0), r(y0), r(x1), r(y1)], anchor };
}

function shapePath(polys: Point[][][], p: GeoPrecision): string {
  const largest = Math.max(...polys.map((poly) => Math.abs(ringArea(poly[0] ?? []))));
  const rings = polys
    .filter((poly) => {
      const a = Math.abs(ringArea(poly[0] ?? []));
      return a === largest || a >= p.minIslandArea;
    })
    .flatMap((poly) => poly.filter((ring, i) => i === 0 || Math.abs(ringArea(ring)) >= p.minIslandArea));
  return encodePath(rings, { digits: p.digits, closed: true });
}

/** Everything the map draws, with the SVG path data (build time only: paths never reach the browser as JS). */
export interface MapGeometry {
  /** Label/zoom metadata, small enough for the browser. */
  geo: MapGeo;
  /** Path data per state FIPS id ("12"). */
  statePaths: Record<string, string>;
  /** Interior state borders (a mesh: each shared border once). */
  borders: string;
  /** Path data per Florida county FIPS id ("12001"). */
  countyPaths: Record<string, string>;
  /** Interior borders between Florida's counties. */
  countyBorders: string;
}

/** Builds the map geometry from us-atlas. Pure; call once per build (the result is memoised below). */
export function buildGeometry(precision: GeoPrecision = DEFAULT_PRECISION): MapGeometry {
  const rawStates = statesTopo as unknown as Topo;
  const fineArcs = arcsOf(rawStates.objects.states.geometries.filter((g) => ZOOMED_STATES.has(String(g.id))));
  const states = simplifyTopology(rawStates, (i) => (fineArcs.has(i) ? precision.zoomedTolerance : precision.stateTolerance));
  const stateFeatures = feature(states, states.objects.states).features as Array<Feature<Polygon | MultiPolygon, Props>>;
  const statePaths: Record<string, string> = {};
  const stateInfo: ShapeInfo[] = [];
  for (const f of stateFeatures) {
    const id = String(f.id);
    const polys = polygonsOf(f);
    statePaths[id] = shapePath(polys, precision);
    stateInfo.push(shapeInfo(id, f.properties.name, polys));
  }
  const bordersGeom = mesh(states, states.objects.states, (a, b) => a !== b) as MultiLineString;
  const borders = encodePath(bordersGeom.coordinates as unknown as Point[][], { digits: precision.digits, closed: false });

  // Florida's counties only: trim the county topology to ids starting "12" before decoding.
  const rawCounties = countiesTopo as unknown as Topo;
  const flGeoms = rawCounties.objects.counties!.geometries.filter((g) => String(g.id).startsWith(FLORIDA_FIPS));
  const flTopo = simplifyTopology(
    { ...rawCounties, objects: { ...rawCounties.objects, counties: { ...rawCounties.objects.counties!, geometries: flGeoms } } },
    precision.countyTolerance,
  );
  const flCollection = flTopo.objects.counties!;
  const countyFeatures = feature(flTopo, flCollection).features as Array<Feature<Polygon | MultiPolygon, Props>>;
  const countyPaths: Record<string, string> = {};
  const countyInfo: ShapeInfo[] = [];
  for (const f of countyFeatures) {
    const id = String(f.id);
    const polys = polygonsOf(f);
    countyPaths[id] = shapePath(polys, precision);
    countyInfo.push(shapeInfo(id, f.properties.name, polys));
  }
  const countyMesh = mesh(flTopo, flCollection, (a, b) => a !== b) as MultiLineString;
  const countyBorders = encodePath(countyMesh.coordinates as unknown as Point[][], { digits: precision.digits, closed: false });

  return {
    geo: { width: ATLAS_WIDTH, height: ATLAS_HEIGHT, states: stateInfo, counties: countyInfo },
    statePaths,
    borders,
    countyPaths,
    countyBorders,
  };
}

let cached: MapGeometry | undefined;
/** The map geometry at the default precision, computed once per build. */
export function mapGeometry(): MapGeometry {
  cached ??= buildGeometry();
  return cached;
}
