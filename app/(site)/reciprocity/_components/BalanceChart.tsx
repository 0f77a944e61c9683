import { countryColor } from '@/lib/chart/colors';
import { balancePlot, type BalanceMetric, type BalanceRow } from '@/lib/reciprocity/balance';

/**
 * Each side's running total as a step line, drawn on the server: no script. The table
 * beside it gives the same totals, and the gap, at each year's end.
 */
export function BalanceChart({
  rows,
  metric,
  span,
  title,
  names,
}: {
  rows: BalanceRow[];
  metric: BalanceMetric;
  span: [string, string];
  title: string;
  names: (code: string) => string;
}) {
  const plot = balancePlot(rows, metric, span, { width: 640, height: 220 });
  return (
    <figure className="balance-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${plot.width} ${plot.height}`} role="img" aria-label={title}>
        {plot.yTicks.map((tick) => (
          <g key={tick.label} className="balance-grid">
            <line x1={36} x2={plot.width} y1={tick.y} y2={tick.y} />
            <text x={30} y={tick.y + 4} textAnchor="end">
              {tick.label}
            </text>
          </g>
        ))}
        {plot.xTicks.map((tick) => (
          <text
            key={tick.label}
            x={tick.x}
            y={plot.height - 4}
            textAnchor="middle"
            className="balance-year"
          >
            {tick.label}
          </text>
        ))}
        {plot.lines.map((line) => (
          <path
            key={line.actor}
            d={line.d}
            className="balance-line"
            style={{ stroke: countryColor(line.actor) }}
          >
            <title>{names(line.actor)}</title>
          </path>
        ))}
      </svg>
      <ul className="balance-key">
        {plot.lines.map((line) => (
          <li key={line.actor}>
            <span className="balance-swatch" style={{ background: countryColor(line.actor) }} />
            by {names(line.actor)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
