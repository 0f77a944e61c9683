import { scopeMarks } from '../staffing/scope-marks';
import type { StaffingSeries } from '../staffing/types';
import type { ChartRow } from '../staffing/series';
import { fractionOf } from './axis';
import { imageColors, imageCountryColor } from './image-colors';
import { stepPaths } from './step-paths';

export type LinesImage = {
  series: StaffingSeries[];
  rows: ChartRow[];
  domain: [number, number];
  ticks: number[];
  yAxis: { max: number; ticks: number[] };
  width: number;
  height: number;
};

/**
 * The plot of a staffing chart as a standalone SVG document, in pixels and in the light
 * theme's colours: the lines of the page's chart (SvgPlot) for an image, without its text,
 * which the image sets around it.
 */
export function linesSvg({
  series,
  rows,
  domain,
  ticks,
  yAxis,
  width,
  height,
}: LinesImage): string {
  const x = (t: number) => fractionOf(t, domain) * width;
  const y = (value: number) => (1 - value / yAxis.max) * height;
  const grid = [
    ...yAxis.ticks.map((v) => `<line x1="0" x2="${width}" y1="${y(v)}" y2="${y(v)}"/>`),
    ...ticks.map((t) => `<line x1="${x(t)}" x2="${x(t)}" y1="0" y2="${height}"/>`),
  ];
  const lines = series
    .filter((s) => s.steps.length)
    .map((s) => {
      const { low, high, bands } = stepPaths(rows, s.key, { x, y });
      const color = imageCountryColor(s.sending);
      const dash = scopeMarks[s.scope].dash;
      const stroke = `fill="none" stroke="${color}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ''}`;
      return [
        ...bands.map(
          (b) =>
            `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${color}" fill-opacity="0.25"/>`,
        ),
        `<path d="${high}" ${stroke}/>`,
        `<path d="${low}" ${stroke}/>`,
      ].join('');
    });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<g stroke="${imageColors.border}" stroke-dasharray="4 4">${grid.join('')}</g>`,
    ...lines,
    '</svg>',
  ].join('');
}
