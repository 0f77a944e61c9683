import { describe, expect, it } from 'vitest';
import { changeAnchor, changesHref } from './address';
import { correctionFormPath, correctionRecord, recordPage } from '../corrections/record';

describe('addresses of changes and corrections', () => {
  it('name the changelog, a record’s history, an older page and a correction’s change', () => {
    expect(changesHref()).toBe('/changes');
    expect(changesHref({ entity: 'events', id: 'a-b' })).toBe('/changes?record=events%3Aa-b');
    expect(changesHref({ entity: 'sources', id: 's' }, 40)).toBe(
      '/changes?record=sources%3As&before=40',
    );
    expect(changesHref(undefined, 7)).toBe('/changes?before=7');
    expect(changeAnchor('ABCD-EFGH')).toBe('/changes?correction=ABCD-EFGH');
  });

  it('read a record only as <kind>:<id> of a kind readers may correct', () => {
    expect(correctionRecord('events:2018-03-26-us-expels-60')).toEqual({
      entity: 'events',
      id: '2018-03-26-us-expels-60',
    });
    for (const bad of ['users:admin', 'events:', 'events:Bad', ' events:a', 'events:a b', 'events'])
      expect(correctionRecord(bad)).toBeNull();
  });

  it('link each kind of record to its page, and to its correction form', () => {
    expect(recordPage({ entity: 'events', id: 'e' })).toBe('/events/e');
    expect(recordPage({ entity: 'facilities', id: 'f' })).toBe('/missions/f');
    expect(recordPage({ entity: 'headcounts', id: 'h' })).toBe('/figures/h');
    expect(recordPage({ entity: 'sources', id: 's' })).toBeNull();
    expect(correctionFormPath({ entity: 'headcounts', id: 'h' })).toBe(
      '/corrections/new?record=headcounts%3Ah',
    );
  });
});
