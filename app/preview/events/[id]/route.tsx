import { getEvent } from '@/db/queries/event-detail';
import { lastChangedAt } from '@/db/revision';
import { apiError } from '@/app/api/_lib/errors';
import { cachedPng } from '@/app/api/_lib/cached-image';
import { imageColors, imageCountryColor } from '@/lib/chart/image-colors';
import { eventKindLabels, formatDate, formatNumber } from '@/lib/format';
import { PreviewFrame, previewSize } from '../../_components/PreviewFrame';

/** An event's preview image: when, who acted against whom, what, and how many. */
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id.replace(/\.png$/, '');
  const event = getEvent(id);
  if (!event) return apiError(404, 'not_found', `no event with id "${id}"`);
  return cachedPng(`event ${id}`, previewSize, () => {
    const parties = event.isJoint
      ? `${event.actorLabel} and ${event.targetLabel}`
      : `${event.actorLabel} → ${event.targetLabel}`;
    const numbers = [
      event.peopleAffected === null ? null : `${formatNumber(event.peopleAffected)} people`,
      event.facilitiesClosed ? `${formatNumber(event.facilitiesClosed)} facilities closed` : null,
    ].filter((part): part is string => part !== null);
    return (
      <PreviewFrame
        title={`${eventKindLabels[event.kind]}, ${formatDate(event.occurredOn, event.datePrecision)}`}
        subtitle={parties}
        changedAt={lastChangedAt()}
      >
        <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
          {numbers.length > 0 && (
            <div
              style={{
                display: 'flex',
                fontSize: 64,
                fontWeight: 700,
                color: imageCountryColor(event.actorCountry),
              }}
            >
              {numbers.join(' · ')}
            </div>
          )}
          <div style={{ display: 'flex', fontSize: 30, lineHeight: 1.35, color: imageColors.fg }}>
            {event.summary.length > 220 ? `${event.summary.slice(0, 217)}…` : event.summary}
          </div>
        </div>
      </PreviewFrame>
    );
  });
}
