import { describe, expect, it } from 'vitest';
import { parseDataCsv } from './parse-csv';
import { formatProblem } from './problems';

const header =
  'id,observed_on,sending_country,host_country,count,bound,scope,coverage,includes_un_mission,facility_id,is_estimate,note,source_id,support';
const good = (id: string, count = '120') =>
  `${id},2021-10-28,US,RU,${count},exact,total_staff,country,,,true,"Down from 1,200",src-a,single_source`;

function problemsOf(text: string, file = 'data/headcounts.csv') {
  return parseDataCsv(file, text).problems.map(formatProblem);
}

describe('parseDataCsv', () => {
  it('turns valid rows into database rows with their line numbers', () => {
    const { parsed, problems } = parseDataCsv(
      'headcounts.csv',
      [header, good('a'), good('b')].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(parsed?.table).toBe('headcounts');
    expect(parsed?.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(parsed?.rows[0]?.value).toMatchObject({
      observedOn: '2021-10-28',
      datePrecision: 'day',
      count: 120,
      includesUnMission: null,
      isEstimate: true,
      note: 'Down from 1,200',
    });
  });

  it('accepts a UTF-8 byte-order mark and Windows line endings', () => {
    const text = `\uFEFF${[header, good('a'), good('b')].join('\r\n')}\r\n`;
    const { parsed, problems } = parseDataCsv('headcounts.csv', text);
    expect(problems).toEqual([]);
    expect(parsed?.rows.map((r) => r.cells.id)).toEqual(['a', 'b']);
    expect(parsed?.rows[1]?.cells.source_id).toBe('src-a');
  });

  it('names file, line, column, value and what was expected for each bad cell', () => {
    const rows = [
      header,
      good('a'),
      good('b', '-5'),
      good('c').replace('total_staff', 'diplomatz'),
      good('d').replace('2021-10-28', '2018-02-30'),
      good('e'),
    ];
    expect(problemsOf(rows.join('\n'))).toEqual([
      'data/headcounts.csv:3:count: "-5": expected a whole number ≥ 0 (digits only, no separators)',
      'data/headcounts.csv:4:scope: "diplomatz": expected one of: diplomats, nationals, total_staff, local_staff, ceiling, other',
      'data/headcounts.csv:5:observed_on: "2018-02-30": expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('reports a duplicate id with the line it first appeared on', () => {
    expect(problemsOf([header, good('a'), good('b'), good('a')].join('\n'))).toEqual([
      'data/headcounts.csv:4:id: "a": duplicate: already on line 2',
    ]);
  });

  it('counts lines through a quoted cell that spans lines', () => {
    const multiLine = good('a').replace('"Down from 1,200"', '"Down\r\nfrom 1,200"');
    expect(problemsOf([header, multiLine, good('b', 'x')].join('\r\n'))).toEqual([
      'data/headcounts.csv:4:count: "x": expected a whole number ≥ 0 (digits only, no separators)',
    ]);
  });

  it('rejects a file whose header is wrong, missing or alone', () => {
    expect(problemsOf('')[0]).toMatch(
      /^data\/headcounts.csv:1: the file is empty; expected the header: id,observed_on,/,
    );
    expect(problemsOf('\uFEFF\r\n\r\n')[0]).toMatch(/the file is empty/);
    expect(problemsOf(good('a'))[0]).toMatch(
      /:1: the first line is not the header; expected the header/,
    );
    expect(problemsOf(header.replace(',note', ''))[0]).toMatch(/:1: missing column\(s\): note;/);
    expect(problemsOf(`${header},extra\n${good('a')},x`)[0]).toMatch(
      /:1: unknown column\(s\): extra;/,
    );
    expect(problemsOf(header)).toEqual([
      'data/headcounts.csv:2: the file has a header but no rows',
    ]);
  });

  it('rejects a row with the wrong number of fields and unreadable CSV', () => {
    expect(problemsOf([header, good('a'), 'b,2021'].join('\n'))).toEqual([
      'data/headcounts.csv:3: expected 14 fields, found 2',
    ]);
    expect(problemsOf([header, `${good('a')}"`].join('\n'))[0]).toMatch(/:2: not readable as CSV/);
  });

  it('refuses a file whose name does not say which table it holds', () => {
    expect(problemsOf(header, 'counts.csv')[0]).toMatch(
      /^counts.csv:1: cannot tell what this file holds/,
    );
  });

  it('validates events: countries, kinds, self-responses', () => {
    const eventHeader =
      'id,occurred_on,date_note,actor_country,target_country,is_joint,kind,people_affected,people_note,facilities,facilities_closed,summary,reason,responds_to,support';
    const row = 'e-1,2018-03,,US,US,false,expulsion,60,,,,Sixty expelled.,,e-1,single_source';
    expect(problemsOf(`${eventHeader}\n${row}`, 'events.csv')).toEqual([
      'events.csv:2:target_country: "US": expected a country other than the acting country',
      'events.csv:2:responds_to: "e-1": expected another event: an event cannot respond to itself',
    ]);
  });
});

describe('parseDataCsv, in its words', () => {
  it('puts a problem in a row that spans lines on the line the row starts', () => {
    const multiLine = good('a', 'x').replace('"Down from 1,200"', '"Down\nfrom\n1,200"');
    expect(problemsOf([header, good('b'), multiLine, good('c')].join('\n'))).toEqual([
      'data/headcounts.csv:3:count: "x": expected a whole number ≥ 0 (digits only, no separators)',
    ]);
  });

  it('names every missing, unknown or repeated column, in a list', () => {
    const without = header.replace(',note', '').replace(',support', '');
    expect(problemsOf(without)[0]).toMatch(/:1: missing column\(s\): note, support;/);
    expect(problemsOf(`${header},x,y\n${good('a')},1,2`)[0]).toMatch(
      /:1: unknown column\(s\): x, y;/,
    );
    expect(problemsOf(`${header},note,id\n${good('a')},x,y`)[0]).toMatch(
      /:1: repeated column\(s\): note, id;/,
    );
  });

  it('names a repeated column', () => {
    expect(problemsOf(`${header},note\n${good('a')},x`)[0]).toMatch(
      /:1: repeated column\(s\): note;/,
    );
  });

  it('names both columns of a repeated compound key', () => {
    const text = 'event_id,source_id\ne1,s1\ne1,s2\ne1,s1\n';
    expect(problemsOf(text, 'data/event-sources.csv')).toEqual([
      'data/event-sources.csv:4:event_id+source_id: "e1 + s1": duplicate: already on line 2',
    ]);
  });

  it('lists the file names it knows when it cannot tell a file', () => {
    const [problem] = problemsOf(header, 'counts.csv');
    expect(problem).toMatch(/expected one of: ([a-z-]+\.csv, )+[a-z-]+\.csv$/);
    expect(problem).toContain('headcounts.csv');
    expect(problem).toContain('event-sources.csv');
  });
});
