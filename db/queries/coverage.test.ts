import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { inCoverageGoal } from '@/lib/coverage/periods';
import { seededAppDatabaseForFile } from '../testing';
import { getCoverage } from './coverage';

const app = seededAppDatabaseForFile();

describe('getCoverage', () => {
  it('counts figures and sources per direction, period and scope as SQL over the rows would', () => {
    const coverage = getCoverage();
    const counted = coverage.directions.flatMap((d) =>
      d.cells.flatMap((c) =>
        c.counts.map((n) => `${d.key} ${c.period} ${n.scope} ${n.figures} ${n.sources}`),
      ),
    );
    const rows = app.db.all<{ line: string }>(
      sql`SELECT sending_country || '-' || host_country || ' ' || period || ' ' || scope || ' ' ||
            count(*) || ' ' || count(DISTINCT source_id) AS line
          FROM (SELECT *, CAST(substr(observed_on, 1, 4) AS INTEGER) - CAST(substr(observed_on, 1, 4) AS INTEGER) % 5 AS period FROM headcounts)
          GROUP BY sending_country, host_country, period, scope`,
    );
    expect(counted.sort()).toEqual(rows.map((r) => r.line).sort());
  });

  it('calls a cell covered only when a figure of all staff, nationals or diplomats is in it', () => {
    const { directions } = getCoverage();
    for (const direction of directions) {
      const [sending, host] = direction.key.split('-');
      for (const cell of direction.cells) {
        const [row] = app.db.all<{ n: number }>(
          sql`SELECT count(*) AS n FROM headcounts WHERE sending_country = ${sending}
              AND host_country = ${host} AND scope IN ('total_staff', 'nationals', 'diplomats')
              AND observed_on >= ${`${cell.period}-01-01`} AND observed_on <= ${`${cell.period + 4}-12-31`}`,
        );
        expect(cell.covered, `${direction.key} ${cell.period}`).toBe(row!.n > 0);
      }
    }
  });

  it('explains every uncovered period of the goal with a note in the data', () => {
    const gaps = getCoverage().directions.flatMap((d) =>
      d.cells.filter((c) => !c.covered && inCoverageGoal(c.period)),
    );
    expect(gaps.every((c) => c.note && c.note.searched.length > 0)).toBe(true);
  });
});
