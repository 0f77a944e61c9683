import { getEventTotals } from '@/db/queries/events';
import { lastChangedAt } from '@/db/revision';
import { cachedPng } from '@/app/api/_lib/cached-image';
import { eventsSearch, searchOfView } from '@/lib/events/address';
import { checkEventsAddress } from '@/lib/events/address-schema';
import { imageColors, imageCountryColor } from '@/lib/chart/image-colors';
import { eventKindLabels, formatNumber } from '@/lib/format';
import { PreviewFrame, previewSize } from '../../_components/PreviewFrame';

/** What a view of the events explorer holds, in words: "Expulsions by RU, 2016–2018". */
function describe(filters: ReturnType<typeof checkEventsAddress>['filters']): string {
  const kinds = filters.kinds.length
    ? filters.kinds.map((kind) => eventKindLabels[kind]).join(', ')
    : 'Every measure';
  const by = filters.actor ? ` by ${filters.actor}` : '';
  const years =
    filters.year !== null
      ? `, ${filters.year}`
      : filters.from !== null || filters.to !== null
        ? `, ${filters.from ?? '…'}–${filters.to ?? '…'}`
        : '';
  const post = filters.post ? `, at post ${filters.post}` : '';
  const words = filters.q ? `, mentioning “${filters.q}”` : '';
  return `${kinds}${by}${years}${post}${words}`;
}

/** A view of the events explorer as a preview image: what it filters, and its totals. */
export async function GET(_: Request, { params }: { params: Promise<{ query: string }> }) {
  const segment = (await params).query.replace(/\.png$/, '');
  const { filters } = checkEventsAddress(searchOfView(segment));
  return cachedPng(`events ${eventsSearch(filters)}`, previewSize, () => {
    const totals = getEventTotals(filters);
    const figures = [
      { label: 'events', value: totals.events, color: imageColors.fg },
      ...totals.expelledBy.map((e) => ({
        label: e.label.toLowerCase(),
        value: e.expelled,
        color: imageCountryColor(e.actor),
      })),
      { label: 'facilities closed', value: totals.facilitiesClosed, color: imageColors.fg },
    ];
    return (
      <PreviewFrame
        title="Expulsions, closures and talks"
        subtitle={describe(filters)}
        changedAt={lastChangedAt()}
      >
        <div
          style={{ display: 'flex', flexWrap: 'wrap', gap: '28px 56px', alignContent: 'center' }}
        >
          {figures.map((figure) => (
            <div key={figure.label} style={{ display: 'flex', flexDirection: 'column' }}>
              <div style={{ display: 'flex', fontSize: 72, color: figure.color }}>
                {formatNumber(figure.value)}
              </div>
              <div style={{ display: 'flex', color: imageColors.muted }}>{figure.label}</div>
            </div>
          ))}
        </div>
      </PreviewFrame>
    );
  });
}
