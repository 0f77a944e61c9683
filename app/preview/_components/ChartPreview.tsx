import { fractionOf } from '@/lib/chart/axis';
import { imageColors, imageCountryColor } from '@/lib/chart/image-colors';
import { linesSvg } from '@/lib/chart/lines-svg';
import { formatNumber } from '@/lib/format';
import { plotOf } from '@/lib/staffing/plot';
import type { StaffingData } from '@/lib/staffing/types';

const plot = { left: 70, width: 1020, height: 330 };

/** The chart of a view in a preview image: its lines, value and year labels, and a legend. */
export function ChartPreview({ data }: { data: StaffingData }) {
  const { series, domain, directions } = data;
  const plotData = plotOf(series, domain);
  const { ticks, yAxis } = plotData;
  const svg = linesSvg({ ...plotData, width: plot.width, height: plot.height });
  const label = {
    position: 'absolute',
    display: 'flex',
    color: imageColors.muted,
    fontSize: 20,
  } as const;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: '100%' }}>
      <div style={{ display: 'flex', gap: 28, fontSize: 22 }}>
        {directions.map((d) => (
          <div key={d.key} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <div
              style={{
                width: 16,
                height: 16,
                borderRadius: 8,
                background: imageCountryColor(d.sending),
              }}
            />
            {d.label}
          </div>
        ))}
      </div>
      <div
        style={{ display: 'flex', position: 'relative', height: plot.height + 40, marginTop: 16 }}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image */}
        <img
          alt=""
          width={plot.width}
          height={plot.height}
          src={`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`}
          style={{ position: 'absolute', left: plot.left, top: 0 }}
        />
        {yAxis.ticks.map((v) => (
          <div
            key={`y${v}`}
            style={{
              ...label,
              left: 0,
              width: plot.left - 10,
              justifyContent: 'flex-end',
              top: (1 - v / yAxis.max) * plot.height - 12,
            }}
          >
            {formatNumber(v)}
          </div>
        ))}
        {ticks.map((t) => (
          <div
            key={`x${t}`}
            style={{
              ...label,
              left: plot.left + fractionOf(t, domain) * plot.width - 24,
              top: plot.height + 8,
            }}
          >
            {String(new Date(t).getUTCFullYear())}
          </div>
        ))}
      </div>
    </div>
  );
}
