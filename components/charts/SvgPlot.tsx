import { fractionOf } from '@/lib/chart/axis';
import { countryColor } from '@/lib/chart/colors';
import { stepPaths } from '@/lib/chart/step-paths';
import { formatNumber } from '@/lib/format';
import { scopeMarks } from '@/lib/staffing/scope-marks';
import { plotMargins, type PlotProps } from './plot';

const box = 1000;

/**
 * The series drawn as plain SVG, on the server: the chart is in the first HTML, shows
 * without JavaScript and prints. The plot stretches to its box (lines keep their width);
 * the axis labels are HTML beside it, so they keep their size on a phone.
 */
export function SvgPlot({ series, rows, domain, ticks, yAxis }: PlotProps) {
  const x = (t: number) => fractionOf(t, domain) * box;
  const y = (value: number) => (1 - value / yAxis.max) * box;
  const inset = plotMargins;
  const lines = {
    left: inset.left,
    top: inset.top,
    width: `calc(100% - ${inset.left + inset.right}px)`,
    height: `calc(100% - ${inset.top + inset.bottom}px)`,
  };
  return (
    <div className="svg-plot">
      <svg
        className="svg-plot-lines"
        style={lines}
        viewBox={`0 0 ${box} ${box}`}
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        {yAxis.ticks.map((v) => (
          <line key={`y${v}`} className="svg-plot-grid" x1={0} x2={box} y1={y(v)} y2={y(v)} />
        ))}
        {ticks.map((t) => (
          <line key={`x${t}`} className="svg-plot-grid" x1={x(t)} x2={x(t)} y1={0} y2={box} />
        ))}
        {series
          .filter((s) => s.steps.length)
          .map((s) => {
            const paths = stepPaths(rows, s.key, { x, y });
            const color = countryColor(s.sending);
            const line = { stroke: color, strokeDasharray: scopeMarks[s.scope].dash };
            return (
              <g key={s.key} className={`series-line series-${s.direction} scope-${s.scope}`}>
                {paths.bands.map((band) => (
                  <rect key={band.x} {...band} fill={color} fillOpacity={0.25} />
                ))}
                <path className="svg-plot-series" d={paths.high} {...line} />
                <path className="svg-plot-series" d={paths.low} {...line} />
              </g>
            );
          })}
      </svg>
      <div
        className="svg-plot-y"
        style={{ top: inset.top, bottom: inset.bottom, width: inset.left }}
      >
        {yAxis.ticks.map((v) => (
          <span key={v} style={{ top: `${(y(v) / box) * 100}%` }}>
            {formatNumber(v)}
          </span>
        ))}
      </div>
      <div
        className="svg-plot-x"
        style={{ left: inset.left, right: inset.right, height: inset.bottom }}
      >
        {ticks.map((t) => (
          <span key={t} style={{ left: `${(x(t) / box) * 100}%` }}>
            {new Date(t).getUTCFullYear()}
          </span>
        ))}
      </div>
    </div>
  );
}
