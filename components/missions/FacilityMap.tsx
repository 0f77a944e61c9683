import type { FacilityOnDay } from '@/db/queries/facilities';
import { formatDate } from '@/lib/format';
import { facilityHref } from '@/lib/missions/address';
import { shapeOfKind, shapePath, spreadMarks } from '@/lib/missions/marks';
import type { HostMap } from '@/lib/missions/outlines';
import { HatchPattern } from './HatchPattern';
import { facilityKindLabels, facilityStateLabels } from '@/lib/missions/states';

/** What a mark's name says: the post, what it is, and where it stood that day. */
function markName(facility: FacilityOnDay): string {
  const state = facilityStateLabels[facility.state];
  const closed =
    facility.state === 'closed' && facility.closedOn && facility.closedPrecision
      ? ` on ${formatDate(facility.closedOn, facility.closedPrecision)}`
      : '';
  return `${facility.name} (${facilityKindLabels[facility.kind].toLowerCase()}, ${facility.city}): ${state}${closed}`;
}

/**
 * One side's facilities on the outline of the country that hosts them, drawn on the
 * server: shape = kind, fill = state (solid open, hatched suspended, hollow closed);
 * facilities not yet open that day are left off. Each mark is a link with a name.
 */
export function FacilityMap({
  map,
  side,
  title,
  facilities,
}: {
  map: HostMap;
  side: string;
  title: string;
  facilities: FacilityOnDay[];
}) {
  const shown = facilities.filter((f) => f.state !== 'not_open');
  const positioned = shown.flatMap((facility) => {
    const point =
      facility.latitude === null || facility.longitude === null
        ? null
        : map.project(facility.longitude, facility.latitude);
    return point ? [{ facility, x: point[0], y: point[1] }] : [];
  });
  const offMap = shown.filter((f) => !positioned.some((p) => p.facility === f));
  const marks = spreadMarks(positioned);
  return (
    <figure className="facility-map">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="group" aria-label={title}>
        <defs>
          <HatchPattern side={side} />
        </defs>
        {map.neighbours && <path className="map-neighbours" d={map.neighbours} />}
        <path className="map-land" d={map.land} />
        {map.borders && <path className="map-borders" d={map.borders} />}
        {marks.map((mark) => (
          <a
            key={mark.facility.id}
            href={facilityHref(mark.facility.id)}
            aria-label={markName(mark.facility)}
            className={`map-mark side-${side} mark-${mark.facility.state}`}
            data-facility-id={mark.facility.id}
          >
            <title>{markName(mark.facility)}</title>
            {(mark.x !== mark.anchorX || mark.y !== mark.anchorY) && (
              <line x1={mark.anchorX} y1={mark.anchorY} x2={mark.x} y2={mark.y} />
            )}
            <path
              className={`mark-shape shape-${shapeOfKind[mark.facility.kind]}`}
              d={shapePath(shapeOfKind[mark.facility.kind], mark.x, mark.y)}
            />
          </a>
        ))}
      </svg>
      {offMap.length > 0 && (
        <p className="source">
          Not on this map (no place recorded or outside it):{' '}
          {offMap.map((f, i) => (
            <span key={f.id}>
              {i > 0 && ', '}
              <a href={facilityHref(f.id)}>{f.name}</a>
            </span>
          ))}
          .
        </p>
      )}
    </figure>
  );
}
