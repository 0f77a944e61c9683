import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { imageColors } from './image-colors';
import { linesSvg } from './lines-svg';

const series = [
  { key: 'US-RU:total_staff', direction: 'US-RU', sending: 'US', host: 'RU', scope: 'total_staff' },
  { key: 'RU-US:diplomats', direction: 'RU-US', sending: 'RU', host: 'US', scope: 'diplomats' },
].map((s) => ({ ...s, label: s.direction, steps: [{}] })) as never;

describe('linesSvg', () => {
  it('is a standalone SVG document with each series’ lines in its country’s colour and dash', () => {
    const svg = linesSvg({
      series,
      rows: [
        { t: 0, 'US-RU:total_staff': [100, 100], 'RU-US:diplomats': null },
        { t: 50, 'US-RU:total_staff': [100, 100], 'RU-US:diplomats': [40, 60] },
        { t: 100, 'US-RU:total_staff': null, 'RU-US:diplomats': null },
      ],
      domain: [0, 100],
      ticks: [0, 50],
      yAxis: { max: 200, ticks: [0, 100, 200] },
      width: 400,
      height: 200,
    });
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = new XMLParser({ ignoreAttributes: false }).parse(svg).svg;
    expect(root['@_width']).toBe('400');
    const [grid, ...lines] = root.g;
    expect(grid.line).toHaveLength(5);
    expect(lines.map((g: Record<string, string>) => g['@_class'])).toEqual([
      'series-line series-US-RU scope-total_staff',
      'series-line series-RU-US scope-diplomats',
    ]);
    const paths = lines.flatMap((g: { path: Record<string, string>[] }) => g.path);
    expect(paths.map((p: Record<string, string>) => [p['@_d'], p['@_stroke']])).toEqual([
      ['M0 100H200V100H400', imageColors.us],
      ['M0 100H200V100H400', imageColors.us],
      ['M200 140H400', imageColors.ru],
      ['M200 160H400', imageColors.ru],
    ]);
    expect(lines[1].rect['@_fill']).toBe(imageColors.ru);
  });
});
