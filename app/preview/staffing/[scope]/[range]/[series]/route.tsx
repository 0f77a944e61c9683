import { getStaffingData } from '@/db/queries/staffing';
import { lastChangedAt } from '@/db/revision';
import { cachedBody } from '@/app/api/_lib/cached-body';
import { cachedPng } from '@/app/api/_lib/cached-image';
import { chartSvg } from '@/lib/chart/chart-svg';
import { imageCountryColor } from '@/lib/chart/image-colors';
import { formatDataDate, formatNumber, viewScopeLabels } from '@/lib/format';
import { viewPath, type StaffingView } from '@/lib/staffing/address';
import { viewFromPath } from '@/lib/staffing/address-schema';
import { plotOf } from '@/lib/staffing/plot';
import { ChartPreview } from '../../../../_components/ChartPreview';
import { PreviewFrame, previewSize } from '../../../../_components/PreviewFrame';

type Params = { scope: string; range: string; series: string };

const title = 'US and Russian diplomatic staff';

/** What the chart of a view shows, in words. */
function subtitleOf(view: StaffingView, domain: [number, number]) {
  const [from, to] = domain.map((t) => new Date(t).getUTCFullYear());
  return `${viewScopeLabels[view.scope]} · ${from}–${to}`;
}

function pngOf(view: StaffingView) {
  return cachedPng(`staffing ${viewPath(view)}`, previewSize, () => {
    const data = getStaffingData(view);
    return (
      <PreviewFrame
        title={title}
        subtitle={subtitleOf(view, data.domain)}
        changedAt={lastChangedAt()}
      >
        <ChartPreview data={data} />
      </PreviewFrame>
    );
  });
}

function svgOf(view: StaffingView) {
  const headers = {
    'content-type': 'image/svg+xml; charset=utf-8',
    'content-disposition': 'attachment; filename="staffing-chart.svg"',
  };
  return cachedBody(`chart ${viewPath(view)}`, headers, () => {
    const data = getStaffingData(view);
    return chartSvg({
      ...plotOf(data.series, data.domain),
      title,
      subtitle: subtitleOf(view, data.domain),
      source: `Diplomatic Staffing Tracker · every figure cites its source · data as of ${formatDataDate(lastChangedAt())}`,
      legend: data.directions.map((d) => ({ label: d.label, color: imageCountryColor(d.sending) })),
      formatValue: formatNumber,
    });
  });
}

/**
 * The chart of a staffing view with its title, source line and the date of the data:
 * `….png` (1200 × 630) is the view's preview image and PNG download, `….svg` the same
 * chart as a standalone SVG file for publication.
 */
export async function GET(_: Request, { params }: { params: Promise<Params> }) {
  const segments = await params;
  const [, series = '', extension] = /^(.*)\.(png|svg)$/.exec(segments.series) ?? [];
  const { view } = viewFromPath({ ...segments, series: series || segments.series });
  return extension === 'svg' ? svgOf(view) : pngOf(view);
}
