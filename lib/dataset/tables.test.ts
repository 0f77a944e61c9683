import { describe, expect, it } from 'vitest';
import { parseDataCsv } from './parse-csv';
import { formatProblem } from './problems';
import { sourceFileOf } from './tables';

/** The problems of one data row under its file's header, as an editor would see them. */
function problemsOf(file: string, header: string, row: string): string[] {
  return parseDataCsv(`data/${file}`, `${header}\n${row}\n`).problems.map(formatProblem);
}

describe('row rules that span columns', () => {
  const countries =
    'code,name,adjective,short_name,former_name,former_adjective,former_short_name,former_abbreviation,renamed_in';
  it('wants all of a country’s former names with the year of renaming, or none', () => {
    expect(problemsOf('countries.csv', countries, 'US,United States,US,the US,,,,,')).toEqual([]);
    expect(
      problemsOf(
        'countries.csv',
        countries,
        'RU,Russia,Russian,Russia,Soviet Union,Soviet,the Soviet Union,USSR,1992',
      ),
    ).toEqual([]);
    const partial = problemsOf(
      'countries.csv',
      countries,
      'RU,Russia,Russian,Russia,Soviet Union,,,,1992',
    );
    expect(partial).toHaveLength(1);
    expect(partial[0]).toContain('renamed_in');
    expect(
      problemsOf('countries.csv', countries, 'RU,Russia,Russian,Russia,,,,,1992'),
    ).toHaveLength(1);
  });

  const headcounts =
    'id,observed_on,sending_country,host_country,count,bound,scope,coverage,includes_un_mission,facility_id,is_estimate,note,source_id,support';
  it('refuses a headcount of a country’s staff in itself', () => {
    expect(
      problemsOf(
        'headcounts.csv',
        headcounts,
        'a,2021-10-28,US,US,120,exact,total_staff,country,,,false,,src,single_source',
      ),
    ).toEqual([
      'data/headcounts.csv:2:host_country: "US": expected a country other than the sending country',
    ]);
  });

  const references = 'id,article_slug,quote,value,bound,aggregate,scope,note';
  it('wants a bound exactly when an article’s passage gives a value, and a known aggregate', () => {
    expect(problemsOf('article-references.csv', references, 'a,art,over 100,100,over,,,')).toEqual(
      [],
    );
    expect(problemsOf('article-references.csv', references, 'a,art,a mention,,,,,')).toEqual([]);
    expect(problemsOf('article-references.csv', references, 'a,art,over 100,100,,,,')).toEqual([
      'data/article-references.csv:2:bound: "": expected a bound (exact, about, over, under) exactly when there is a value',
    ]);
    expect(
      problemsOf('article-references.csv', references, 'a,art,a mention,,over,,,'),
    ).toHaveLength(1);
    expect(
      problemsOf(
        'article-references.csv',
        references,
        'a,art,over 100,100,over,expelled_by:US:since=1992,,',
      ),
    ).toEqual([]);
    expect(
      problemsOf('article-references.csv', references, 'a,art,over 100,100,over,xexpelled_by:US,,'),
    ).toEqual([
      'data/article-references.csv:2:aggregate: "xexpelled_by:US": expected a named aggregate such as expelled_by:US or expelled_by:US:since=1992',
    ]);
  });

  const notes = 'sending_country,host_country,period,note,searched';
  it.each(['1995-1999', '2020-2024'])('takes the five-year period %s', (period) => {
    expect(problemsOf('coverage-notes.csv', notes, `RU,US,${period},No figure.,Archives.`)).toEqual(
      [],
    );
  });
  it.each(['1996-2000', '1995-2000', '1995-1998', 'x1995-1999', '1995-1999x', '1995'])(
    'refuses the period %s',
    (period) => {
      expect(
        problemsOf('coverage-notes.csv', notes, `RU,US,${period},No figure.,Archives.`),
      ).toEqual([
        `data/coverage-notes.csv:2:period: "${period}": expected a five-year period such as 1995-1999`,
      ]);
    },
  );
  it('refuses a coverage note on a country’s staff in itself', () => {
    expect(
      problemsOf('coverage-notes.csv', notes, 'US,US,1995-1999,No figure.,Archives.'),
    ).toHaveLength(1);
  });
});

describe('sourceFileOf', () => {
  it('names each table’s file, articles as a folder of Markdown files', () => {
    expect(sourceFileOf('articles')).toBe('data/articles/<slug>.md');
    expect(sourceFileOf('headcounts')).toBe('headcounts.csv');
  });
});
