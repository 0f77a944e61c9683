import { describe, expect, it } from 'vitest';
import { editHref } from '@/lib/editing/address';
import { readDeskQuery, readReturnPath } from './desk-address';

describe('the desk’s address', () => {
  it.each([
    ['/events/2018-03-26-us-expels-60', '/events/2018-03-26-us-expels-60'],
    ['/events?year=2018&kind=expulsion', '/events?year=2018&kind=expulsion'],
    ['//evil.example/x', null],
    ['/\\evil.example', null],
    ['https://evil.example/', null],
    ['javascript:alert(1)', null],
    ['', null],
  ])('sends the editor back only to a path on this site: %j → %j', (given, expected) => {
    expect(readReturnPath({ return: given })).toBe(expected);
  });

  it('reads a search, dropping what is not a kind, a country or a date', () => {
    expect(readDeskQuery({})).toBeNull();
    expect(
      readDeskQuery({ find: ' Fogle ', entity: 'users', country: 'us', from: '2013', to: 'x' }),
    ).toEqual({ text: 'Fogle', entity: null, country: null, from: '2013', to: null });
    expect(readDeskQuery({ find: '', entity: 'events', country: 'RU', to: '2013-05' })).toEqual({
      text: '',
      entity: 'events',
      country: 'RU',
      from: null,
      to: '2013-05\uffff',
    });
  });

  it('names the record and where to come back to in an Edit link', () => {
    expect(
      editHref('headcounts', 'a-b', { returnTo: '/figures/a-b', correction: 'ABCD-EFGH' }),
    ).toBe('/admin?edit=a-b&correction=ABCD-EFGH&return=%2Ffigures%2Fa-b');
  });
});
