import { escapeMarkup } from '../escape-markup';
import { fractionOf } from './axis';
import { imageColors } from './image-colors';
import { linesSvg, type LinesImage } from './lines-svg';

export type ChartDocument = Omit<LinesImage, 'width' | 'height'> & {
  title: string;
  subtitle: string;
  /** The source line, with the date of the data. */
  source: string;
  legend: { label: string; color: string }[];
  formatValue: (value: number) => string;
};

const size = { width: 1200, height: 630 };
const plot = { x: 118, y: 200, width: 1034, height: 330 };

/**
 * The chart of a view as a standalone SVG file for publication: the same plot and layout as
 * its PNG (title, what it shows, legend, axes, source line and date), with text a designer
 * can edit.
 */
export function chartSvg(chart: ChartDocument): string {
  const { domain, ticks, yAxis } = chart;
  const text = (
    x: number,
    y: number,
    size: number,
    fill: string,
    content: string,
    anchor = 'start',
  ) =>
    `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}" text-anchor="${anchor}">${escapeMarkup(content)}</text>`;
  const lines = linesSvg({ ...chart, width: plot.width, height: plot.height }).replace(
    '<svg ',
    `<svg x="${plot.x}" y="${plot.y}" `,
  );
  let legendX = 48;
  const legend = chart.legend.map(({ label, color }) => {
    const item = `<circle cx="${legendX + 8}" cy="160" r="8" fill="${color}"/>${text(legendX + 24, 167, 22, imageColors.fg, label)}`;
    legendX += 48 + label.length * 11;
    return item;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">`,
    `<rect width="100%" height="100%" fill="${imageColors.bg}"/>`,
    text(48, 84, 44, imageColors.fg, chart.title),
    text(48, 122, 24, imageColors.muted, chart.subtitle),
    ...legend,
    lines,
    ...yAxis.ticks.map((v) =>
      text(
        plot.x - 10,
        plot.y + (1 - v / yAxis.max) * plot.height + 7,
        20,
        imageColors.muted,
        chart.formatValue(v),
        'end',
      ),
    ),
    ...ticks.map((t) =>
      text(
        plot.x + fractionOf(t, domain) * plot.width,
        plot.y + plot.height + 30,
        20,
        imageColors.muted,
        String(new Date(t).getUTCFullYear()),
        'middle',
      ),
    ),
    text(48, 606, 20, imageColors.muted, chart.source),
    '</svg>',
  ].join('\n');
}
