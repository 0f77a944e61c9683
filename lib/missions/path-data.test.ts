import { geoIdentity } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { pathData } from './outlines';
import { subpaths } from './testing';

// The outline writer: relative commands, half-pixel coordinates, nothing drawn that cannot be
// seen. geoIdentity passes coordinates through, so what goes in is what should come out.
const identity = geoIdentity();
const polygon = (...rings: [number, number][][]) => ({
  type: 'Polygon' as const,
  coordinates: rings.map((ring) => [...ring, ring[0]!]),
});

describe('pathData', () => {
  it('writes a ring as h, v and l steps between half-pixel points, and closes it', () => {
    const d = pathData(
      identity,
      polygon([
        [0, 0],
        [10, 0],
        [10, 10.26],
        [0, 10],
      ]),
    );
    expect(d).toBe('M0 0h10v10.5l-10-.5z');
    expect(subpaths(d)).toEqual([
      [
        [0, 0],
        [10, 0],
        [10, 10.5],
        [0, 10],
      ],
    ]);
  });

  it('starts each later ring relative to where the last one closed', () => {
    const square = (x: number): [number, number][] => [
      [x, 0],
      [x + 4, 0],
      [x + 4, 4],
      [x, 4],
    ];
    const d = pathData(identity, {
      type: 'MultiPolygon',
      coordinates: [polygon(square(0)).coordinates, polygon(square(20)).coordinates],
    });
    expect(d).toBe('M0 0h4v4h-4zm20 0h4v4h-4z');
  });

  it('leaves out steps that round to nothing, and rings too small to see', () => {
    const d = pathData(identity, {
      type: 'MultiPolygon',
      coordinates: [
        polygon([
          [0, 0],
          [0.1, 0.1],
          [6, 0],
          [6, 6],
        ]).coordinates,
        // A triangle of 1 px², under the 2 px² that can be seen.
        polygon([
          [30, 30],
          [31, 30],
          [31, 32],
        ]).coordinates,
      ],
    });
    expect(subpaths(d)).toEqual([
      [
        [0, 0],
        [6, 0],
        [6, 6],
      ],
    ]);
  });

  it('writes lines open, joins numbers where a sign or point allows, and lets m run on as l', () => {
    const d = pathData(identity, {
      type: 'MultiLineString',
      coordinates: [
        [
          [1.5, 1.5],
          [2, 1],
          [12.5, 11.5],
        ],
        [
          [20, 20],
          [19.5, 19.5],
        ],
      ],
    });
    expect(d).toBe('M1.5 1.5l.5-.5 10.5 10.5m7.5 8.5-.5-.5');
    expect(subpaths(d)).toEqual([
      [
        [1.5, 1.5],
        [2, 1],
        [12.5, 11.5],
      ],
      [
        [20, 20],
        [19.5, 19.5],
      ],
    ]);
  });

  it('writes nothing for a point or an empty object', () => {
    expect(pathData(identity, { type: 'LineString', coordinates: [[1, 1]] })).toBe('');
    expect(pathData(identity, { type: 'MultiPolygon', coordinates: [] })).toBe('');
  });
});
