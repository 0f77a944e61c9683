import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

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
