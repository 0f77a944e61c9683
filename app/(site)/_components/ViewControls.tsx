import Link from 'next/link';
import { viewScopeLabels } from '@/lib/format';
import { rangePresets, viewPath, viewScopes, type StaffingView } from '@/lib/staffing/address';
import { RangeForm } from './RangeForm';

type Direction = { key: string; label: string };

function Choice({
  href,
  current,
  children,
}: {
  href: string;
  current: boolean;
  children: React.ReactNode;
}) {
  return (
    <li>
      <Link
        href={href}
        aria-current={current ? 'true' : undefined}
        scroll={false}
        className="choice"
      >
        {children}
      </Link>
    </li>
  );
}

/** Scope, range and series as links: each view is an address that can be shared or bookmarked. */
export function ViewControls({
  view,
  directions,
  years,
}: {
  view: StaffingView;
  directions: Direction[];
  years: number[];
}) {
  return (
    <div className="view-controls">
      <nav aria-label="What is counted">
        <span className="control-label">Count</span>
        <ul className="choices">
          {viewScopes.map((scope) => (
            <Choice key={scope} href={viewPath({ ...view, scope })} current={view.scope === scope}>
              {viewScopeLabels[scope]}
            </Choice>
          ))}
        </ul>
      </nav>
      <nav aria-label="Time range">
        <span className="control-label">Years</span>
        <ul className="choices">
          {rangePresets.map((preset) => (
            <Choice
              key={preset.label}
              href={viewPath({ ...view, from: preset.since, to: null })}
              current={view.from === preset.since && view.to === null}
            >
              {preset.label}
            </Choice>
          ))}
        </ul>
        <RangeForm view={view} years={years} />
      </nav>
      <nav aria-label="Which series">
        <span className="control-label">Show</span>
        <ul className="choices">
          <Choice href={viewPath({ ...view, series: 'all' })} current={view.series === 'all'}>
            Both
          </Choice>
          {directions.map((d) => (
            <Choice
              key={d.key}
              href={viewPath({ ...view, series: d.key })}
              current={view.series === d.key}
            >
              {d.label} only
            </Choice>
          ))}
        </ul>
      </nav>
    </div>
  );
}
