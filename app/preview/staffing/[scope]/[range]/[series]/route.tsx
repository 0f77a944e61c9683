import { getStaffingData } from '@/db/queries/staffing';
import { lastChangedAt } from '@/db/revision';
import { cachedPng } from '@/app/api/_lib/cached-image';
import { formatDate, viewScopeLabels } from '@/lib/format';
import { viewPath } from '@/lib/staffing/address';
import { viewFromPath } from '@/lib/staffing/address-schema';
import { ChartPreview } from '../../../../_components/ChartPreview';
import { PreviewFrame, previewSize } from '../../../../_components/PreviewFrame';

type Params = { scope: string; range: string; series: string };

/**
 * The chart of a staffing view as a PNG (1200 × 630), with its title, source line and the
 * date of the data: the view's preview image, and its PNG download.
 */
export async function GET(_: Request, { params }: { params: Promise<Params> }) {
  const segments = await params;
  const { view } = viewFromPath({ ...segments, series: segments.series.replace(/\.png$/, '') });
  return cachedPng(`staffing ${viewPath(view)}`, previewSize, () => {
    const data = getStaffingData(view);
    const changed = lastChangedAt();
    const [from, to] = data.domain.map((t) => new Date(t).getUTCFullYear());
    return (
      <PreviewFrame
        title="US and Russian diplomatic staff"
        subtitle={`${viewScopeLabels[view.scope]} · ${from}–${to}`}
        dataDate={changed ? formatDate(changed.toISOString().slice(0, 10), 'day') : 'unknown'}
      >
        <ChartPreview data={data} />
      </PreviewFrame>
    );
  });
}
