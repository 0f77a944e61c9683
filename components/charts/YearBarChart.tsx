'use client';

import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { EventYear } from '@/lib/events/types';
import { formatNumber } from '@/lib/format';
import { countryColor } from '@/lib/staffing/colors';
import { yearRows, type YearRow } from '@/lib/events/year-rows';

type Props = {
  years: EventYear[];
  selectedYear: number | null;
  onSelectYear: (year: number) => void;
  height: number;
};

/** Diplomats expelled per year by each acting country; a click on a year selects it. */
export default function YearBarChart({ years, selectedYear, onSelectYear, height }: Props) {
  const { rows, actors } = useMemo(() => yearRows(years), [years]);
  if (!rows.length) return <p className="chart-empty">No events recorded yet.</p>;
  return (
    <div>
      <ul className="chart-legend" aria-label="Legend">
        {actors.map((actor) => (
          <li key={actor}>
            <span
              className="swatch"
              style={{ background: countryColor(actor) }}
              aria-hidden="true"
            />
            expelled by {actor}
          </li>
        ))}
      </ul>
      <div style={{ height }} aria-describedby="year-chart-description">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" stroke="var(--muted)" minTickGap={16} />
            <YAxis
              width={48}
              allowDecimals={false}
              tickFormatter={formatNumber}
              stroke="var(--muted)"
            />
            <Tooltip
              cursor={{ fill: 'var(--border)', opacity: 0.4 }}
              contentStyle={{
                background: 'var(--bg)',
                border: '1px solid var(--border)',
                color: 'var(--fg)',
              }}
              formatter={(value, name) => [formatNumber(Number(value)), `expelled by ${name}`]}
            />
            {actors.map((actor) => (
              <Bar
                key={actor}
                dataKey={actor}
                name={actor}
                fill={countryColor(actor)}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(bar) => onSelectYear((bar.payload as YearRow).year)}
              >
                {rows.map((row) => (
                  <Cell
                    key={row.year}
                    data-year={row.year}
                    fillOpacity={selectedYear === null || selectedYear === row.year ? 1 : 0.3}
                  />
                ))}
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
