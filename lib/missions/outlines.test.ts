import { describe, expect, it } from 'vitest';
import { hostMap, type HostMap } from './outlines';
import { subpaths } from './testing';

type Point = [number, number];

/** Whether a point is inside the filled path (even-odd, as the rings do not overlap). */
function fills(d: string, [x, y]: Point): boolean {
  let inside = false;
  for (const ring of subpaths(d)) {
    ring.forEach(([x0, y0], j) => {
      const [x1, y1] = ring[(j + 1) % ring.length]!;
      if (y0 > y !== y1 > y && x < x0 + ((y - y0) * (x1 - x0)) / (y1 - y0)) inside = !inside;
    });
  }
  return inside;
}

function place(map: HostMap, longitude: number, latitude: number): Point {
  const point = map.project(longitude, latitude);
  expect(point).not.toBeNull();
  return point!;
}

function pathBytes(map: HostMap): number {
  return map.land.length + (map.borders?.length ?? 0) + (map.neighbours?.length ?? 0);
}

describe('hostMap', () => {
  it('computes each map once', () => {
    expect(hostMap('RU')).toBe(hostMap('RU'));
    expect(hostMap('US')).toBe(hostMap('US'));
  });

  it('keeps the path data of each map small', () => {
    for (const host of ['RU', 'US'] as const) {
      const map = hostMap(host);
      expect(map.host).toBe(host);
      expect(map.land).toMatch(/^M/);
      expect(pathBytes(map)).toBeLessThan(12_000);
    }
    expect(hostMap('US').borders).toMatch(/^M/);
    expect(hostMap('RU').neighbours).toMatch(/^M/);
  });

  it('draws the country within its viewBox and margin', () => {
    for (const host of ['RU', 'US'] as const) {
      const map = hostMap(host);
      const points = subpaths(map.land).flat();
      const xs = points.map(([x]) => x);
      const ys = points.map(([, y]) => y);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(9);
      expect(Math.max(...xs)).toBeLessThanOrEqual(map.width - 9);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(9);
      expect(Math.max(...ys)).toBeLessThanOrEqual(map.height - 9);
      // Fitted to the frame: the outline reaches the margin on two opposite sides.
      expect(Math.min(...xs) < 13 || Math.min(...ys) < 13).toBe(true);
      expect(Math.max(...xs) > map.width - 13 || Math.max(...ys) > map.height - 13).toBe(true);
      for (const d of [map.borders, map.neighbours]) {
        for (const [x, y] of subpaths(d ?? '').flat()) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(map.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(map.height);
        }
      }
    }
  });

  it('places posts in Russia from west to east, on the land', () => {
    const map = hostMap('RU');
    const moscow = place(map, 37.62, 55.76);
    const vladivostok = place(map, 131.89, 43.12);
    expect(moscow[0]).toBeLessThan(vladivostok[0]);
    expect(fills(map.land, moscow)).toBe(true);
    expect(fills(map.land, place(map, 60.6, 56.84))).toBe(true); // Yekaterinburg
    expect(fills(map.land, place(map, 100, 65))).toBe(true); // central Siberia
    expect(fills(map.land, place(map, 60, 40))).toBe(false); // Turkmenistan
  });

  it('draws Chukotka whole across the antimeridian', () => {
    const map = hostMap('RU');
    expect(fills(map.land, place(map, 176, 66))).toBe(true);
    expect(fills(map.land, place(map, -175, 66.5))).toBe(true);
  });

  it('draws Crimea as neighbouring land, not as Russia', () => {
    const map = hostMap('RU');
    const simferopol = place(map, 34.1, 44.95);
    expect(fills(map.land, simferopol)).toBe(false);
    expect(fills(map.neighbours ?? '', simferopol)).toBe(true);
  });

  it('places US cities on Albers USA, with Alaska and Hawaii inset', () => {
    const map = hostMap('US');
    const washington = place(map, -77.04, 38.9);
    const sanFrancisco = place(map, -122.42, 37.77);
    const seattle = place(map, -122.33, 47.61);
    const houston = place(map, -95.37, 29.76);
    expect(washington[0]).toBeGreaterThan(sanFrancisco[0]);
    expect(seattle[1]).toBeLessThan(houston[1]);
    expect(fills(map.land, washington)).toBe(true);
    expect(fills(map.land, place(map, -104.99, 39.74))).toBe(true); // Denver
    // The insets sit beneath the lower 48, Alaska to the west of Hawaii.
    const anchorage = place(map, -149.9, 61.22);
    const honolulu = place(map, -157.86, 21.31);
    expect(anchorage[1]).toBeGreaterThan(houston[1] - 50);
    expect(anchorage[0]).toBeLessThan(honolulu[0]);
    expect(fills(map.land, anchorage)).toBe(true);
  });

  it('has no place for what Albers USA leaves out', () => {
    const map = hostMap('US');
    expect(map.project(-66.1, 18.4)).toBeNull(); // Puerto Rico
    expect(map.project(144.79, 13.44)).toBeNull(); // Guam
    expect(map.project(37.62, 55.76)).toBeNull(); // Moscow
  });

  it('has no place for what falls outside the frame', () => {
    expect(hostMap('RU').project(-77.04, 38.9)).toBeNull(); // Washington
  });

  it('rounds positions to a tenth of a pixel', () => {
    for (const value of place(hostMap('RU'), 37.62, 55.76)) {
      expect(Math.round(value * 10)).toBeCloseTo(value * 10, 9);
    }
  });
});
