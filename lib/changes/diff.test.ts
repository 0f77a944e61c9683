import { describe, expect, it } from 'vitest';
import { changedFields } from './diff';

const source = {
  id: 's',
  title: 'A report',
  publisher: 'Reuters',
  url: null,
  publishedOn: null,
  publishedPrecision: null,
};

describe('the columns a change touched', () => {
  it('lists only what differs, as the CSV file writes it', () => {
    expect(
      changedFields('sources', source, {
        ...source,
        title: 'A <b>report</b>',
        url: 'https://x.example',
      }),
    ).toEqual([
      { field: 'title', before: 'A report', after: 'A <b>report</b>' },
      { field: 'url', before: null, after: 'https://x.example' },
    ]);
  });

  it('lists a created record’s filled columns and a deleted one’s', () => {
    const filled = [
      { field: 'id', before: null, after: 's' },
      { field: 'title', before: null, after: 'A report' },
      { field: 'publisher', before: null, after: 'Reuters' },
    ];
    expect(changedFields('sources', null, source)).toEqual(filled);
    expect(changedFields('sources', source, null)).toEqual(
      filled.map(({ field, after }) => ({ field, before: after, after: null })),
    );
  });
});
