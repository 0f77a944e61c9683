import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';
import { eventsViewPath, searchOfSegment } from './view-segment';

describe('an events view as a path segment', () => {
  it('gives back the query string it was made from, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const path = eventsViewPath(search);
        expect(path).toMatch(/^\/events\/view\/[A-Za-z0-9_-]*$/);
        expect(searchOfSegment(path.slice('/events/view/'.length))).toBe(
          `?${search.replace(/^\?/, '')}`,
        );
      }),
    );
  });

  it('makes one path whether or not the query string starts with ?', () => {
    expect(eventsViewPath('?year=2018')).toBe(eventsViewPath('year=2018'));
  });

  it('reads a segment it did not make as no filters', () => {
    expect(searchOfSegment(Buffer.from('year=2018').toString('base64url'))).toBe('?');
    expect(searchOfSegment('')).toBe('?');
  });
});

describe('an events cursor', () => {
  it('round-trips a date and an id', () => {
    const cursor = { occurredOn: '2018-03-26', id: '2018-03-26-us-expels-60' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['not base64url JSON', 'not a cursor'],
    ['a date that is not a day', Buffer.from('["2018-03","x"]').toString('base64url')],
    ['a date with more after it', Buffer.from('["2018-03-26x","x"]').toString('base64url')],
    ['a date with text before it', Buffer.from('["x2018-03-26","x"]').toString('base64url')],
    ['a number for an id', Buffer.from('["2018-03-26",7]').toString('base64url')],
    ['a number for a date', Buffer.from('[20180326,"x"]').toString('base64url')],
    ['three parts', Buffer.from('["2018-03-26","x","y"]').toString('base64url')],
    ['one part', Buffer.from('["2018-03-26"]').toString('base64url')],
    ['an object', Buffer.from('{"0":"2018-03-26","1":"x","length":2}').toString('base64url')],
  ])('reads %s as no cursor', (_, text) => {
    expect(decodeCursor(text)).toBeNull();
  });
});
