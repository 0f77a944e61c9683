import { shapePath, type MarkShape } from '@/lib/missions/marks';
import { HatchPattern } from './HatchPattern';
import { facilityStateLabels } from '@/lib/missions/states';

const shapes: { shape: MarkShape; label: string }[] = [
  { shape: 'square', label: 'Embassy' },
  { shape: 'circle', label: 'Consulate' },
  { shape: 'diamond', label: 'UN mission' },
  { shape: 'triangle', label: 'Other property (compound, annex, centre)' },
  { shape: 'ring', label: 'Honorary consulate' },
];

const states = ['open', 'suspended', 'undated', 'closed'] as const;

function Swatch({ shape, className }: { shape: MarkShape; className: string }) {
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
      {className.includes('mark-suspended') && (
        <defs>
          <HatchPattern side="neutral" />
        </defs>
      )}
      <g className={className}>
        <path className={`mark-shape shape-${shape}`} d={shapePath(shape, 10, 10, 6)} />
      </g>
    </svg>
  );
}

/** The key to both maps: shape = what a facility is, fill = where it stood that day. */
export function MapLegend() {
  return (
    <ul className="map-legend" aria-label="Key to the maps">
      {shapes.map(({ shape, label }) => (
        <li key={shape}>
          <Swatch shape={shape} className="map-mark side-neutral mark-open" />
          {label}
        </li>
      ))}
      {states.map((state) => (
        <li key={state}>
          <Swatch shape="circle" className={`map-mark side-neutral mark-${state}`} />
          {facilityStateLabels[state]}
        </li>
      ))}
    </ul>
  );
}
