import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { chartSvg } from './chart-svg';
import { imageColors } from './image-colors';

describe('chartSvg', () => {
  it('is a standalone SVG file with the title, legend, axes, plot and source line, as text', () => {
    const svg = chartSvg({
      title: 'US & Russian staff <draft>',
      subtitle: 'diplomats · 2016–2025',
      source: 'Diplomatic Staffing Tracker · data as of 27 November 2026',
      legend: [{ label: 'US staff in Russia', color: imageColors.us }],
      series: [],
      rows: [],
      domain: [Date.UTC(2016, 0, 1), Date.UTC(2025, 0, 1)],
      ticks: [Date.UTC(2020, 0, 1)],
      yAxis: { max: 500, ticks: [0, 250, 500] },
      formatValue: (v) => `${v}!`,
    });
    expect(XMLValidator.validate(svg)).toBe(true);
    const texts = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'text' })
      .parse(svg)
      .svg.text.map((t: { '#text': string | number }) => String(t['#text']));
    expect(texts).toEqual([
      'US &#38; Russian staff &#60;draft&#62;',
      'diplomats · 2016–2025',
      'US staff in Russia',
      '0!',
      '250!',
      '500!',
      '2020',
      'Diplomatic Staffing Tracker · data as of 27 November 2026',
    ]);
  });
});
