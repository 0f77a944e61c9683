import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  eventsFeedHref,
  eventsHref,
  eventsSearch,
  eventsViewPath,
  noFilters,
  parseEventsAddress,
  sameView,
  searchOfView,
  withRange,
  withYear,
  yearSpan,
} from './address';
import { checkEventsAddress } from './address-schema';

const segmentOf = (path: string) => path.slice('/events/view/'.length);

describe('an events view as a path segment', () => {
  it('gives back the parameters it was made from, whatever they hold', () => {
    const value = fc.option(fc.string(), { nil: undefined });
    fc.assert(
      fc.property(fc.record({ year: value, actor: value, kind: value, q: value }), (raw) => {
        const params = new URLSearchParams(
          Object.entries(raw).filter((entry): entry is [string, string] => entry[1] !== undefined),
        );
        const path = eventsViewPath(params);
        expect(path).toMatch(/^\/events\/view\/[A-Za-z0-9_-]*$/);
        expect(searchOfView(segmentOf(path))).toBe(`?${params}`);
      }),
    );
  });

  it('makes one path whether or not the query string starts with ?', () => {
    expect(eventsViewPath('?year=2018')).toBe(eventsViewPath('year=2018'));
  });

  it('leaves out parameters that are not filters, and writes filters in one order', () => {
    expect(eventsViewPath('utm_source=x&q=Seattle&year=2018')).toBe(
      eventsViewPath('year=2018&q=Seattle'),
    );
  });

  it('reads the rewrite’s year form, and a segment it did not make as no filters', () => {
    expect(searchOfView('year~2018')).toBe('?year=2018');
    expect(searchOfView('year%7E2018')).toBe('?year=2018');
    expect(searchOfView(Buffer.from('year=2018').toString('base64url'))).toBe('?');
    expect(searchOfView('year~abcd')).toBe('?');
    expect(searchOfView('year=2018')).toBe('?');
    expect(searchOfView('')).toBe('?');
  });

  it('reads the year form only whole, and a segment that is not valid percent-encoding as none', () => {
    expect(searchOfView('xyear~2018')).toBe('?');
    expect(searchOfView('year~20180')).toBe('?');
    expect(searchOfView('%E0%A4%A')).toBe('?');
  });

  it('decodes what Node’s base64url encodes, beyond ASCII too', () => {
    const search = '?q=Санкт-Петербург & “quotes”';
    expect(searchOfView(Buffer.from(search).toString('base64url'))).toBe(search);
  });
});

describe('the year rule', () => {
  it('spans a year from that year to that year, and a range as given', () => {
    expect(yearSpan({ ...noFilters, year: 2018 })).toEqual({ from: 2018, to: 2018 });
    expect(yearSpan({ ...noFilters, from: 2016 })).toEqual({ from: 2016, to: null });
    expect(yearSpan(noFilters)).toEqual({ from: null, to: null });
  });

  it('lets a year replace a range and a range replace a year', () => {
    const ranged = { ...noFilters, from: 2016, to: 2018, actor: 'US' };
    expect(withYear(ranged, 2017)).toEqual({ ...noFilters, year: 2017, actor: 'US' });
    expect(withRange(withYear(ranged, 2017), { to: 2020 })).toEqual({
      ...noFilters,
      to: 2020,
      actor: 'US',
    });
  });
});

describe('an events address in the browser', () => {
  it('reads every address it writes back to the same filters, as the server does', () => {
    const filters = {
      ...noFilters,
      year: 2018,
      actor: 'RU',
      kinds: ['expulsion', 'talks'] as const,
      post: 'ru-consulate-seattle',
      q: 'Seattle & 100%',
    };
    const written = { ...filters, kinds: [...filters.kinds] };
    expect(parseEventsAddress(eventsSearch(written))).toEqual(written);
    expect(checkEventsAddress(eventsSearch(written)).filters).toEqual(written);
  });

  it('leaves out what it cannot read, as the server does', () => {
    for (const search of [
      'year=abc&actor=RU',
      'from=2020&to=2010&kind=talks',
      'year=2018&from=2016',
      'actor=usa&kind=talks,invasion',
      'post=Seattle&year=2018',
      `q=${'x'.repeat(201)}`,
    ]) {
      expect(parseEventsAddress(search), search).toEqual(checkEventsAddress(search).filters);
    }
  });

  it('trims the words, and takes up to 200 characters of them', () => {
    expect(parseEventsAddress('q=%20Seattle%20').q).toBe('Seattle');
    expect(parseEventsAddress(`q=${'x'.repeat(200)}`).q).toHaveLength(200);
    expect(parseEventsAddress('q=%20%20').q).toBeNull();
  });

  it('keeps a range that runs forwards, or is one year long', () => {
    expect(parseEventsAddress('from=2016&to=2018')).toEqual({ ...noFilters, from: 2016, to: 2018 });
    expect(parseEventsAddress('from=2018&to=2018')).toEqual({ ...noFilters, from: 2018, to: 2018 });
    expect(parseEventsAddress('from=2016')).toEqual({ ...noFilters, from: 2016 });
  });

  it('writes every event as /events and a view as its query, and their feeds', () => {
    expect(eventsHref(noFilters)).toBe('/events');
    expect(eventsHref({ ...noFilters, year: 2018 })).toBe('/events?year=2018');
    expect(eventsFeedHref(noFilters)).toBe('/feed.xml');
    expect(eventsFeedHref({ ...noFilters, actor: 'RU' })).toBe('/events/feed.xml?actor=RU');
  });

  it('tells the same view under another order or with other parameters', () => {
    expect(sameView('?q=x&year=2018&utm=1', '?year=2018&q=x')).toBe(true);
    expect(sameView('?year=2018', '?year=2019')).toBe(false);
  });
});
