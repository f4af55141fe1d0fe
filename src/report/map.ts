/**
 * The world map: Natural Earth countries (world-atlas, 1:110m) projected with d3-geo into one SVG
 * path string, here in Node, so the page carries a plain SVG and no map code. Markers are projected
 * with the same projection.
 */
import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

interface WorldMap {
  projection: GeoProjection;
  /** the SVG path data of all countries */
  countries: string;
}

let world: WorldMap | undefined;

/** Built on first use and kept (a report draws it once); a run that writes no report never loads it. */
export function worldMap(): WorldMap {
  if (world) return world;
  const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [MAP_WIDTH - 4, MAP_HEIGHT - 4]], { type: 'Sphere' });
  const path = geoPath(projection).digits(1);
  world = { projection, countries: path(countries) ?? '' };
  return world;
}

/** [x, y] on the map for a longitude and latitude, rounded to a tenth of a pixel */
export function projectPoint(longitude: number, latitude: number): [number, number] | null {
  const point = worldMap().projection([longitude, latitude]);
  return point ? [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10] : null;
}

export function sphereOutline(): string {
  return geoPath(worldMap().projection).digits(1)({ type: 'Sphere' }) ?? '';
}
