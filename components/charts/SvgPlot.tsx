import { fractionOf } from '@/lib/chart/axis';
import { countryColor } from '@/lib/chart/colors';
import { linesSvg, type LinesPaint } from '@/lib/chart/lines-svg';
import { formatNumber } from '@/lib/format';
import { plotMargins, type PlotProps } from './plot';

const box = 1000;

/** The page's colours, so that the plot follows the theme (light or dark). */
const pagePaint: LinesPaint = {
  countryColor,
  grid: 'var(--border)',
  strokeWidth: 2,
  stretch: true,
};

/**
 * The series drawn as plain SVG on the server (the same drawing as the chart's images): the
 * chart is in the first HTML, shows without JavaScript and prints. The plot stretches to its
 * box (lines keep their width); the axis labels are HTML beside it, so they keep their size
 * on a phone.
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
      <div
        className="svg-plot-lines"
        style={lines}
        aria-hidden="true"
        // Drawn from numbers and fixed names only (lib/chart/lines-svg.ts escapes them).
        dangerouslySetInnerHTML={{
          __html: linesSvg(
            { series, rows, domain, ticks, yAxis, width: box, height: box },
            pagePaint,
          ),
        }}
      />
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
