import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chainsOf, pairLabel } from '@/lib/reciprocity/ledger';
import { seededAppDatabaseForFile } from '../testing';
import { listBalance, listLedgerPairs, listUnanswered } from './reciprocity';

const app = seededAppDatabaseForFile();

// Planted exchanges in 2099, after every real event, so that a filter from 2099 reads them alone.
const planted = [
  ['2099-01-01-us-expels-7', '2099-01-01', 'day', 'US', 'RU', 'expulsion', 7, null],
  [
    '2099-01-03-ru-expels-7',
    '2099-01-03',
    'day',
    'RU',
    'US',
    'expulsion',
    7,
    '2099-01-01-us-expels-7',
  ],
  [
    '2099-01-05-us-expels-2',
    '2099-01-05',
    'day',
    'US',
    'RU',
    'expulsion',
    2,
    '2099-01-03-ru-expels-7',
  ],
  [
    '2099-01-05-us-closes',
    '2099-01-05',
    'day',
    'US',
    'RU',
    'facility_closure',
    null,
    '2099-01-03-ru-expels-7',
  ],
  ['2099-02-ru-caps', '2099-02', 'month', 'RU', 'US', 'staff_cap', null, null],
  ['2099-03-10-us-cuts', '2099-03-10', 'day', 'US', 'RU', 'staff_reduction', 40, '2099-02-ru-caps'],
  ['2099-04-01-us-expels-3', '2099-04-01', 'day', 'US', 'RU', 'expulsion', 3, null],
  ['2099-04-02-ru-declines', '2099-04-02', 'day', 'RU', 'US', 'other', 0, '2099-04-01-us-expels-3'],
  ['2099-05-01-ru-expels-1', '2099-05-01', 'day', 'RU', 'US', 'expulsion', 1, null],
] as const;

beforeAll(() => {
  for (const [id, on, precision, actor, target, kind, people, respondsTo] of planted) {
    const date = precision === 'month' ? `${on}-01` : on;
    app.db.run(sql`INSERT INTO events (id, occurred_on, date_precision, actor_country,
      target_country, kind, people_affected, summary, responds_to)
      VALUES (${id}, ${date}, ${precision}, ${actor}, ${target}, ${kind}, ${people}, ${id}, ${respondsTo})`);
  }
});

const names = { US: 'the US', RU: 'Russia' } as Record<string, string>;
const labelled = () =>
  listLedgerPairs({ from: 2099 }).map(
    (pair) => `${pair.answer.id}: ${pairLabel(pair, (c) => names[c]!)}`,
  );

describe('the reciprocity ledger', () => {
  it('pairs each answer with its measure: lag in days, in kind and number, or declined', () => {
    expect(labelled()).toEqual([
      '2099-01-03-ru-expels-7: 7 ↔ 7, 2 days',
      '2099-01-05-us-closes: 7 → closure, 2 days',
      '2099-01-05-us-expels-2: 7 → 2, 2 days',
      '2099-03-10-us-cuts: cap → 40, lag not known to the day',
      '2099-04-02-ru-declines: 3 → none: Russia declined, 2 April 2099',
    ]);
  });

  it('calls an answer in kind only when the kinds match, and in number only when the people do', () => {
    const pairs = listLedgerPairs({ from: 2099 });
    const of = (id: string) => pairs.find((p) => p.answer.id === id)!;
    expect(of('2099-01-03-ru-expels-7')).toMatchObject({
      inKind: true,
      inNumber: true,
      lagDays: 2,
    });
    expect(of('2099-01-05-us-expels-2')).toMatchObject({ inKind: true, inNumber: false });
    expect(of('2099-01-05-us-closes')).toMatchObject({ inKind: false, inNumber: false });
    expect(of('2099-04-02-ru-declines')).toMatchObject({ declined: true, inNumber: false });
  });

  it('filters measures by years and kinds', () => {
    expect(listLedgerPairs({ from: 2099, kinds: ['staff_cap'] }).map((p) => p.answer.id)).toEqual([
      '2099-03-10-us-cuts',
    ]);
    expect(listLedgerPairs({ from: 2099, to: 2099 }).length).toBe(5);
    expect(listLedgerPairs({ to: 2098 }).some((p) => p.measure.id.startsWith('2099'))).toBe(false);
  });

  it('lists measures against the other side that nothing answered', () => {
    expect(listUnanswered({ from: 2099 }).map((m) => m.id)).toEqual([
      '2099-01-05-us-closes',
      '2099-01-05-us-expels-2',
      '2099-03-10-us-cuts',
      '2099-05-01-ru-expels-1',
    ]);
  });

  it('follows an exchange as a chain, answers on one level joined with +', () => {
    const chains = chainsOf(listLedgerPairs({ from: 2099 }));
    expect(chains.map((c) => `${c.start.id}: ${c.levels.join(' → ')}`)).toEqual([
      '2099-01-01-us-expels-7: 7 → 7 → closure + 2',
      '2099-02-ru-caps: cap → 40',
      '2099-04-01-us-expels-3: 3 → none',
    ]);
  });
});

describe('the balance', () => {
  it('sums each side’s people expelled since 1992, as SQL over the events does', () => {
    const balance = listBalance();
    for (const actor of ['US', 'RU']) {
      const last = balance.filter((row) => row.actor === actor && row.on <= '2018-12-31').at(-1)!;
      const [sum] = app.db.all<{ n: number }>(
        sql`SELECT coalesce(sum(people_affected), 0) AS n FROM events WHERE kind = 'expulsion'
            AND actor_country = ${actor} AND occurred_on BETWEEN '1992-01-01' AND '2018-12-31'`,
      );
      expect(last.expelled, actor).toBe(sum!.n);
    }
  });
});
