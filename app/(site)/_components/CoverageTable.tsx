import type { CoverageDirection } from '@/db/queries/coverage';
import {
  coverageGoal,
  coverageScopes,
  inCoverageGoal,
  periodLabel,
  type CoverageCell,
} from '@/lib/coverage/periods';
import { formatNumber, scopeLabels } from '@/lib/format';

function Cell({ cell }: { cell: CoverageCell }) {
  const staffing = cell.counts.filter((c) =>
    (coverageScopes as readonly string[]).includes(c.scope),
  );
  const others = cell.counts.filter((c) => !staffing.includes(c));
  return (
    <td data-covered={cell.covered} data-period={cell.period}>
      {cell.covered ? (
        <ul className="coverage-counts">
          {staffing.map((c) => (
            <li key={c.scope}>
              {scopeLabels[c.scope]}: {formatNumber(c.figures)}{' '}
              {c.figures === 1 ? 'figure' : 'figures'}, {formatNumber(c.sources)}{' '}
              {c.sources === 1 ? 'source' : 'sources'}
              {c.countryWide < c.figures &&
                ` (${c.countryWide === 0 ? 'none' : formatNumber(c.countryWide)} country-wide)`}
            </li>
          ))}
        </ul>
      ) : (
        <strong className="coverage-gap">No staffing figure</strong>
      )}
      {others.length > 0 && (
        <p className="source">
          Also: {others.map((c) => `${scopeLabels[c.scope]} ${formatNumber(c.figures)}`).join(', ')}
        </p>
      )}
      {cell.note && (
        <details>
          <summary>{cell.covered ? 'Note' : 'What was searched'}</summary>
          <p>{cell.note.note}</p>
          <p className="source">Searched: {cell.note.searched}</p>
        </details>
      )}
    </td>
  );
}

/**
 * What the record holds, period by period and direction by direction, counted in SQL:
 * figures and sources per scope, and the gaps with what was searched. Periods of the
 * coverage goal (1985–89 to 2020–24) are marked.
 */
export function CoverageTable({
  periods,
  directions,
}: {
  periods: number[];
  directions: CoverageDirection[];
}) {
  const goalCells = directions.flatMap((d) => d.cells.filter((c) => inCoverageGoal(c.period)));
  const covered = goalCells.filter((c) => c.covered).length;
  return (
    <section aria-labelledby="coverage-heading" id="coverage">
      <h3 id="coverage-heading">What the record holds</h3>
      <p className="chart-note">
        A staffing figure — all staff, staff from the sending country, or diplomats — in {covered}{' '}
        of {goalCells.length} five-year periods from {periodLabel(coverageGoal.firstPeriod)} to{' '}
        {periodLabel(coverageGoal.lastPeriod)}. Ceilings, local staff and other counts are listed
        but do not count. Every gap says what was searched.
      </p>
      <div className="table-scroll">
        <table className="data-table coverage-table">
          <thead>
            <tr>
              <th scope="col">Years</th>
              {directions.map((d) => (
                <th scope="col" key={d.key}>
                  {d.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {periods.map((period, i) => (
              <tr key={period} className={inCoverageGoal(period) ? 'coverage-goal' : undefined}>
                <th scope="row">{periodLabel(period)}</th>
                {directions.map((d) => (
                  <Cell key={d.key} cell={d.cells[i]!} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
