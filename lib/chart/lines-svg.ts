import { escapeMarkup } from '../escape-markup';
import { scopeMarks } from '../staffing/scope-marks';
import type { PlotData } from '../staffing/plot';
import { fractionOf } from './axis';
import { imageColors, imageCountryColor } from './image-colors';
import { stepPaths } from './step-paths';

export type LinesImage = PlotData & { width: number; height: number };

/** How the lines are painted: an image's fixed colours, or a page's (its CSS, its theme). */
export type LinesPaint = {
  countryColor: (code: string) => string;
  grid: string;
  strokeWidth: number;
  /** On a page the plot stretches to its box; its lines keep their width. */
  stretch: boolean;
};

const imagePaint: LinesPaint = {
  countryColor: imageCountryColor,
  grid: imageColors.border,
  strokeWidth: 3,
  stretch: false,
};

/**
 * The plot of a staffing chart as an SVG document: grid and the series' step lines, each in
 * its country's colour and its scope's dash, bands where sources disagree. The one drawing
 * of the lines: the page's chart before Recharts (SvgPlot), its print, the preview image,
 * the PNG and the SVG file all use it. No text: each sets its own around it.
 */
export function linesSvg(image: LinesImage, paint: LinesPaint = imagePaint): string {
  const { series, rows, domain, ticks, yAxis, width, height } = image;
  const x = (t: number) => fractionOf(t, domain) * width;
  const y = (value: number) => (1 - value / yAxis.max) * height;
  const keepWidth = paint.stretch ? ' vector-effect="non-scaling-stroke"' : '';
  const grid = [
    ...yAxis.ticks.map((v) => `<line x1="0" x2="${width}" y1="${y(v)}" y2="${y(v)}"${keepWidth}/>`),
    ...ticks.map((t) => `<line x1="${x(t)}" x2="${x(t)}" y1="0" y2="${height}"${keepWidth}/>`),
  ];
  const lines = series
    .filter((s) => s.steps.length)
    .map((s) => {
      const { low, high, bands } = stepPaths(rows, s.key, { x, y });
      const color = escapeMarkup(paint.countryColor(s.sending));
      const dash = scopeMarks[s.scope].dash;
      const stroke = `fill="none" stroke="${color}" stroke-width="${paint.strokeWidth}"${dash ? ` stroke-dasharray="${dash}"` : ''}${keepWidth}`;
      return [
        `<g class="${escapeMarkup(`series-line series-${s.direction} scope-${s.scope}`)}">`,
        ...bands.map(
          (b) =>
            `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${color}" fill-opacity="0.25"/>`,
        ),
        `<path d="${high}" ${stroke}/>`,
        `<path d="${low}" ${stroke}/>`,
        '</g>',
      ].join('');
    });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"${paint.stretch ? ' preserveAspectRatio="none"' : ''}>`,
    `<g stroke="${escapeMarkup(paint.grid)}" stroke-dasharray="4 4">${grid.join('')}</g>`,
    ...lines,
    '</svg>',
  ].join('');
}
