import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { EventMarker } from '@/lib/staffing/types';
import { EventDetail } from './EventDetail';

const marker: EventMarker = {
  id: '1990-RU-expulsion',
  t: Date.UTC(1990, 6, 1),
  date: '1990-01-01',
  precision: 'year',
  count: 301,
  actor: 'RU',
  actorLabel: 'RU',
  target: null,
  kind: 'expulsion',
  peopleAffected: 412,
  facilitiesClosed: null,
  summary: '',
  sourceIds: [],
};

const render = (event: EventMarker) =>
  renderToStaticMarkup(<EventDetail event={event} sources={new Map()} onClose={() => {}} />);

describe('EventDetail', () => {
  it('links a year’s group of events to the explorer filtered to exactly them', () => {
    const html = render(marker);
    expect(html).toContain('href="/events?year=1990&amp;actor=RU&amp;kind=expulsion"');
    expect(html).toContain('1990: RU 301 expulsions, 412 people');
  });

  it('shows a single event’s summary, with no list link', () => {
    const html = render({ ...marker, count: 1, summary: 'Five diplomats expelled.' });
    expect(html).toContain('Five diplomats expelled.');
    expect(html).not.toContain('href="/events?');
  });
});
