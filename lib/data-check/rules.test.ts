import { describe, expect, it } from 'vitest';
import { unexplainedGaps } from './gaps';
import { checkDataset, rules, type CheckedEvent, type CheckedFigure, type Snapshot } from './rules';

const event = (fields: Partial<CheckedEvent> & { id: string }): CheckedEvent => ({
  occurredOn: '2001-03-22',
  actorCountry: 'US',
  targetCountry: 'RU',
  kind: 'expulsion',
  peopleAffected: 50,
  peopleNote: null,
  summary: 'Fifty expelled.',
  support: 'corroborated',
  sourceCount: 2,
  ...fields,
});

/** A small dataset with none of the faults; each test plants one. */
const clean: Snapshot = {
  events: [
    event({
      id: 'hanssen',
      peopleNote:
        '50 = 4 declared persona non grata (10 days to leave) + 46 by 1 July; early reports: 6 + 44, 6 + 45 = 51',
    }),
    event({ id: 'katkov', occurredOn: '1987-12-18', peopleAffected: 1 }),
    event({
      id: 'lysenko',
      occurredOn: '1994-02-25',
      peopleAffected: 1,
      summary: 'The first US expulsion since 1987, a spy chief.',
      support: 'single_source',
      sourceCount: 1,
    }),
    event({ id: 'seattle-closed', occurredOn: '2018-03-26', kind: 'facility_closure' }),
  ],
  figures: [
    {
      id: 'oig-2013',
      scope: 'total_staff',
      count: 1279,
      sourceId: 'oig',
      support: 'single_source',
    },
    {
      id: 'article-220',
      scope: 'diplomats',
      count: 220,
      sourceId: 'the-article',
      support: 'article_only',
    },
  ],
  sources: [
    { id: 'oig', url: 'https://oig.state.gov/report' },
    { id: 'reuters', url: 'https://www.reuters.com/a' },
    { id: 'the-article', url: null },
  ],
  facilityLinks: [
    {
      eventId: 'seattle-closed',
      facilityId: 'seattle',
      role: 'closed',
      occurredOn: '2018-03-26',
      closedOn: '2018-04-02',
    },
  ],
  articleSourceIds: ['the-article'],
};

function plant(change: (s: Snapshot) => Snapshot) {
  return checkDataset(change(structuredClone(clean))).map((f) => `${f.rule} ${f.id}`);
}

describe('data checks', () => {
  it('find nothing in a dataset without faults', () => {
    expect(checkDataset(clean)).toEqual([]);
  });

  it('catch a people_note whose parts do not add up', () => {
    expect(
      plant((s) => {
        s.events[0]!.peopleNote = '4 PNG + 2 already gone + 46 by summer';
        return s;
      }),
    ).toEqual(['people-note-sum hanssen']);
    expect(
      plant((s) => {
        s.events[0]!.peopleNote = 'The Guardian: 6 + 45 = 52';
        return s;
      }),
    ).toEqual(['people-note-sum hanssen']);
  });

  it('catch one address under two source ids', () => {
    expect(
      plant((s) => {
        s.sources.push({ id: 'reuters-again', url: 'http://reuters.com/a/' });
        return s;
      }),
    ).toEqual(['duplicate-url reuters-again']);
  });

  it('catch "first since YEAR" when an earlier event of the kind came after YEAR', () => {
    expect(
      plant((s) => {
        s.events[2]!.summary = 'The first US expulsion of a Russian diplomat since 1986.';
        return s;
      }),
    ).toEqual(['first-since lysenko']);
  });

  it('catch a figure outside its scope’s plausible range', () => {
    expect(
      plant((s) => {
        s.figures[0]!.count = 12790;
        return s;
      }),
    ).toEqual(['implausible-count oig-2013']);
  });

  it('catch a figure from the article that does not say so, and the reverse', () => {
    expect(
      plant((s) => {
        s.figures[1]!.support = 'single_source';
        s.figures[0]!.support = 'article_only';
        return s;
      }),
    ).toEqual(['article-figure oig-2013', 'article-figure article-220']);
  });

  it('catch an event called corroborated with one source', () => {
    expect(
      plant((s) => {
        s.events[1]!.sourceCount = 1;
        return s;
      }),
    ).toEqual(['corroborated-one-source katkov']);
  });

  it('catch a closure or reopening that names no post', () => {
    expect(
      plant((s) => {
        s.events.push(event({ id: 'opens-houston', kind: 'reopening', peopleAffected: null }));
        return s;
      }),
    ).toEqual(['closure-without-post opens-houston']);
  });

  it('catch a post closed by an event but undated, and an event after a closing', () => {
    expect(
      plant((s) => {
        s.facilityLinks[0]!.closedOn = null;
        return s;
      }),
    ).toEqual(['closed-post-dates seattle']);
    expect(
      plant((s) => {
        s.facilityLinks.push({
          eventId: 'katkov',
          facilityId: 'seattle',
          role: 'affected',
          occurredOn: '2018-04-03',
          closedOn: '2018-04-02',
        });
        s.facilityLinks.push({
          eventId: 'hanssen',
          facilityId: 'seattle',
          role: 'reopened',
          occurredOn: '2019-01-01',
          closedOn: '2018-04-02',
        });
        return s;
      }),
    ).toEqual(['closed-post-dates seattle']);
  });

  it('has a planted fault above for every rule', () => {
    expect(Object.keys(rules)).toEqual([
      'people-note-sum',
      'duplicate-url',
      'first-since',
      'implausible-count',
      'article-figure',
      'corroborated-one-source',
      'closure-without-post',
      'closed-post-dates',
    ]);
  });

  it('catch a period of the goal with no figure and no note', () => {
    const cell = (period: number, covered: boolean, note: boolean) => ({
      sending: 'US',
      host: 'RU',
      period,
      counts: [],
      covered,
      note: note ? { note: 'Nothing found.', searched: 'Archives.' } : null,
    });
    const findings = unexplainedGaps({
      directions: [
        {
          key: 'US-RU',
          cells: [
            cell(1980, false, false),
            cell(1990, false, true),
            cell(1995, false, false),
            cell(2000, true, false),
          ],
        },
      ],
    });
    expect(findings).toEqual([
      {
        rule: 'unexplained-gap',
        id: 'US-RU 1995–99',
        message: 'no staffing figure and no coverage note: add one to coverage-notes.csv',
      },
    ]);
  });
});

describe('data checks, at their edges and in their words', () => {
  const findings = (change: (s: Snapshot) => void) => {
    const s = structuredClone(clean);
    change(s);
    return checkDataset(s).map(({ rule, id, message }) => `${rule} ${id}: ${message}`);
  };

  it('reads sums of any number of parts, led or closed by their total, skipping asides', () => {
    const note = (peopleNote: string, peopleAffected: number | null = 50) =>
      findings((s) => Object.assign(s.events[0]!, { peopleNote, peopleAffected }));
    expect(note('10 + 20 + 20 in three waves')).toEqual([]);
    expect(note('10 + 20 + 19 in three waves')).toEqual([
      'people-note-sum hanssen: people_note gives 10 + 20 + 19 = 49, but people_affected is 50',
    ]);
    expect(note('49 = 10 + 20 + 19')).toEqual([]);
    expect(note('50 = 10 + 20 + 19')).toEqual([
      'people-note-sum hanssen: people_note gives 10 + 20 + 19 = 49, but the note says 50',
    ]);
    expect(note('12 + 13 = 25 (first wave), 25 in the second')).toEqual([]);
    expect(note('30 (10 days to leave) + 20 (by 1 July)')).toEqual([]);
    expect(note('two waves: 25 + 25', null)).toEqual([]);
    expect(note('25 + 125')).toEqual([
      'people-note-sum hanssen: people_note gives 25 + 125 = 150, but people_affected is 50',
    ]);
  });

  it('takes one page written two ways as one address, but not two pages', () => {
    const urls = (a: string, b: string) =>
      findings((s) => {
        s.sources[0]!.url = a;
        s.sources[1]!.url = b;
      });
    const twice = ['duplicate-url reuters: the same address as source oig: cite one id'];
    expect(urls('https://www.Reuters.com/a', ' http://reuters.com/a// ')).toEqual(twice);
    expect(urls('https://reuters.com/world/a', 'https://reuters.com/world/A')).toEqual([]);
    expect(urls('https://reuters.com/a', 'https://reuters.com/a/b')).toEqual([]);
    expect(urls('https://a.example/x', 'https://archive.org/https://a.example/x')).toEqual([]);
  });

  it('holds a "first since" claim against earlier events of its kind and countries only', () => {
    const earlier = (fields: Partial<CheckedEvent>) =>
      findings((s) => s.events.push(event({ id: 'other', occurredOn: '1990-05-01', ...fields })));
    expect(earlier({})).toEqual([
      'first-since lysenko: the summary says "first … since 1987", but other is an earlier expulsion after 1987',
    ]);
    expect(earlier({ kind: 'talks' })).toEqual([]);
    expect(earlier({ actorCountry: 'RU', targetCountry: 'US' })).toEqual([]);
    expect(earlier({ targetCountry: 'GB' })).toEqual([]);
    expect(earlier({ occurredOn: '1994-02-25' })).toEqual([]);
    expect(earlier({ occurredOn: '1987-06-01' })).toEqual([]);
  });

  it('flags a count just outside its scope’s plausible range, not one on its edge', () => {
    const count = (scope: CheckedFigure['scope'], n: number) =>
      findings((s) => Object.assign(s.figures[0]!, { scope, count: n }));
    expect(count('diplomats', 1)).toEqual([]);
    expect(count('diplomats', 1500)).toEqual([]);
    expect(count('diplomats', 0)).toEqual([
      'implausible-count oig-2013: 0 is outside 1–1500, the plausible range for diplomats',
    ]);
    expect(count('diplomats', 1501)).toHaveLength(1);
    expect(count('other', 99_999)).toEqual([]);
  });

  it('says which way an article figure is mis-marked, and why corroboration fails', () => {
    expect(findings((s) => (s.figures[1]!.support = 'single_source'))).toEqual([
      'article-figure article-220: the source is the article itself: support must say article_only',
    ]);
    expect(findings((s) => (s.figures[0]!.support = 'article_only'))).toEqual([
      'article-figure oig-2013: support says article_only, but the source is not an article',
    ]);
    expect(findings((s) => (s.events[1]!.sourceCount = 1))).toEqual([
      'corroborated-one-source katkov: support says corroborated, but the event cites one source',
    ]);
  });
});
