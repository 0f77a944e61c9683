import {
  geoAlbersUsa,
  geoConicEqualArea,
  geoContains,
  geoPath,
  type GeoContext,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoStreamWrapper,
} from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify, type Triangle } from 'topojson-simplify';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon,
  Objects,
  Polygon,
  Properties,
  Topology,
} from 'topojson-specification';
import usAtlas from 'us-atlas/states-10m.json';
import worldAtlas from 'world-atlas/countries-50m.json';

export type Host = 'RU' | 'US';

/** An outline map of one host country, as SVG path data in a `0 0 width height` viewBox. */
export type HostMap = {
  host: Host;
  width: number;
  height: number;
  /** The host country, filled. */
  land: string;
  /** Borders inside the host country (US state lines), to stroke thinly. */
  borders?: string;
  /** Other land in the frame, to draw faintly beneath `land`. */
  neighbours?: string;
  /**
   * A place's position in the viewBox, to 0.1 px; null if the projection has no place for it
   * (Albers USA outside its three parts) or it falls outside the viewBox.
   */
  project(longitude: number, latitude: number): [number, number] | null;
};

type Point = [number, number];

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type States = Topology<{ states: GeometryCollection<{ name: string }> }>;

const world = worldAtlas as unknown as Countries;
const usStates = usAtlas as unknown as States;

/** Room around the country for the dots and their outlines. */
const margin = 10;

/**
 * Simplification drops each point whose Visvalingam triangle covers less than this many square
 * pixels as drawn, and rings smaller than that are left out. The maps show at most 640 px wide, so
 * such a point moves the outline by about a pixel: the coasts keep their recognisable shapes
 * (Kola, Taymyr, Chesapeake Bay, Long Island) while each map stays near 10 KB of path data.
 */
const minPixelArea = 2;

/**
 * Path coordinates are rounded to half a pixel: within a device pixel on phones, and one
 * character per number shorter than tenths.
 */
const unitsPerPixel = 2;

const russiaId = '643';
/** Natural Earth draws Crimea inside Russia; it is drawn here as Ukraine's, as the UN and US hold. */
const simferopol: [number, number] = [34.1, 44.95];
/** US states and DC; FIPS 60 and above are territories, which Albers USA has no inset for. */
const lastStateFips = 56;

const memo = new Map<Host, HostMap>();

/** The outline map of a host country, computed once per process. */
export function hostMap(host: Host): HostMap {
  let map = memo.get(host);
  if (!map) {
    map = host === 'RU' ? russiaMap() : unitedStatesMap();
    memo.set(host, map);
  }
  return map;
}

/**
 * Russia on a conic equal-area projection centred on 100° E with standard parallels at 50° and
 * 70° N, the usual choice for the whole country: sizes compare truly, and the antimeridian, where
 * the projection cuts the globe, falls at 80° W, far from Chukotka.
 */
function russiaMap(): HostMap {
  const width = 640;
  const height = 360;
  const countries = world.objects.countries.geometries;
  const russia = countries.find((country) => country.id === russiaId);
  if (russia?.type !== 'MultiPolygon') throw new Error('world-atlas has no Russia');
  const isCrimea = (polygon: number[][]) =>
    geoContains(feature(world, { type: 'Polygon', arcs: polygon }), simferopol);
  const crimea: Polygon[] = russia.arcs.filter(isCrimea).map((arcs) => ({ type: 'Polygon', arcs }));
  const projection = geoConicEqualArea().rotate([-100, 0]).parallels([50, 70]);
  const land = fitDrawn(projection, width, height, world, [
    { type: 'MultiPolygon', arcs: russia.arcs.filter((polygon) => !isCrimea(polygon)) },
  ]);
  const inFrame = (object: GeoPermissibleObjects) => {
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(object);
    return x1 > 0 && x0 < width && y1 > 0 && y0 < height;
  };
  const nearby = countries
    .filter(isArea)
    .filter((country) => country.id !== russiaId && inFrame(feature(world, country)));

  const simple = simplifyFor(world, projection);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return {
    host: 'RU',
    width,
    height,
    land: pathData(projection, feature(simple, land)),
    neighbours: pathData(projection, merge(simple, [...nearby, ...crimea])),
    project: projector(projection, width, height),
  };
}

/**
 * The fifty states and DC on Albers USA, the standard US map: equal-area conic for the lower 48
 * with Alaska (at 0.35 scale) and Hawaii inset beneath; it places no territory.
 */
function unitedStatesMap(): HostMap {
  const width = 640;
  const height = 400;
  const states = usStates.objects.states.geometries.filter(
    (state) => Number(state.id) <= lastStateFips,
  );
  const collection: GeometryCollection = { type: 'GeometryCollection', geometries: states };
  const projection = geoAlbersUsa();
  const land = fitDrawn(projection, width, height, usStates, states.filter(isArea));
  const simple = simplifyFor(usStates, projection);
  return {
    host: 'US',
    width,
    height,
    land: pathData(projection, merge(simple, [land])),
    borders: pathData(
      projection,
      mesh(simple, collection, (a, b) => a !== b),
    ),
    project: projector(projection, width, height),
  };
}

function isArea<P extends Properties>(
  object: GeometryObject<P>,
): object is Polygon<P> | MultiPolygon<P> {
  return object.type === 'Polygon' || object.type === 'MultiPolygon';
}

/**
 * Fits the projection to the polygons big enough to draw (see `minPixelArea`), so that outlying
 * islands too small to show do not shrink the map, and returns those polygons.
 */
function fitDrawn(
  projection: GeoProjection,
  width: number,
  height: number,
  topology: Topology,
  areas: Array<Polygon | MultiPolygon>,
): MultiPolygon {
  const extent: [Point, Point] = [
    [margin, margin],
    [width - margin, height - margin],
  ];
  const polygons = areas.flatMap((area) => (area.type === 'Polygon' ? [area.arcs] : area.arcs));
  projection.fitExtent(extent, feature(topology, { type: 'MultiPolygon', arcs: polygons }));
  const path = geoPath(projection);
  const drawn: MultiPolygon = {
    type: 'MultiPolygon',
    arcs: polygons.filter(
      (arcs) => path.area(feature(topology, { type: 'Polygon', arcs })) >= minPixelArea,
    ),
  };
  projection.fitExtent(extent, feature(topology, drawn));
  return drawn;
}

/** The topology without the points too small to see once projected (see `minPixelArea`). */
function simplifyFor<T extends Objects>(topology: Topology<T>, projection: GeoProjection) {
  return simplify(
    presimplify(topology, (triangle) => pixelArea(triangle, projection)),
    minPixelArea,
  );
}

function pixelArea(triangle: Triangle, projection: GeoProjection): number {
  const [a, b, c] = triangle.map((point) => projection(point));
  if (!a || !b || !c) return Infinity;
  return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
}

/**
 * SVG path data for a projected object in relative commands, about half the bytes of d3's
 * absolute ones. Coordinates are rounded to `1 / unitsPerPixel` px and each step is taken between
 * rounded points, so errors do not accumulate; steps that round to nothing are dropped, and so are
 * rings that cover less than `minPixelArea` once rounded.
 */
export function pathData(projection: GeoStreamWrapper, object: GeoPermissibleObjects): string {
  let d = '';
  let command = '';
  let lastNumber = '';
  let at: Point = [0, 0];
  let line: Point[] = [];

  const write = (next: string, ...values: number[]) => {
    if (next !== command) {
      d += next;
      lastNumber = '';
    }
    command = next === 'm' ? 'l' : next;
    for (const value of values) {
      const text = String(value / unitsPerPixel).replace(/^(-?)0\./, '$1.');
      const joins = text.startsWith('-') || (text.startsWith('.') && lastNumber.includes('.'));
      d += lastNumber && !joins ? ` ${text}` : text;
      lastNumber = text;
    }
  };
  const flush = (closed: boolean) => {
    const points = line;
    line = [];
    const [start, ...rest] = points;
    if (!start || rest.length < (closed ? 2 : 1)) return;
    if (closed && Math.abs(ringArea(points)) < minPixelArea * unitsPerPixel ** 2) return;
    if (d) write('m', start[0] - at[0], start[1] - at[1]);
    else write('M', ...start);
    let last = start;
    for (const point of rest) {
      const dx = point[0] - last[0];
      const dy = point[1] - last[1];
      if (dy === 0) write('h', dx);
      else if (dx === 0) write('v', dy);
      else write('l', dx, dy);
      last = point;
    }
    if (closed) write('z');
    at = closed ? start : last;
  };
  const round = (x: number, y: number): Point => [
    Math.round(x * unitsPerPixel),
    Math.round(y * unitsPerPixel),
  ];
  const context: GeoContext = {
    beginPath() {},
    arc() {},
    moveTo(x, y) {
      flush(false);
      line = [round(x, y)];
    },
    lineTo(x, y) {
      const point = round(x, y);
      const last = line[line.length - 1];
      if (!last || last[0] !== point[0] || last[1] !== point[1]) line.push(point);
    },
    closePath() {
      flush(true);
    },
  };
  geoPath(projection, context)(object);
  flush(false);
  return d;
}

function ringArea(points: Point[]): number {
  let area = 0;
  points.forEach(([x0, y0], i) => {
    const [x1, y1] = points[(i + 1) % points.length]!;
    area += x0 * y1 - x1 * y0;
  });
  return area / 2;
}

function projector(projection: GeoProjection, width: number, height: number) {
  return (longitude: number, latitude: number): [number, number] | null => {
    const point = projection([longitude, latitude]);
    if (!point) return null;
    const [x, y] = point;
    if (x < 0 || x > width || y < 0 || y > height) return null;
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  };
}
