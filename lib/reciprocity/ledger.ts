import { formatDate, formatNumber } from '../format';
import type { LedgerPair, LedgerSide } from './types';

/** What a measure amounted to, in a word or a number: "60", "cap", "closure". */
const kindWords: Record<string, string> = {
  expulsion: 'expulsion',
  facility_closure: 'closure',
  staff_cap: 'cap',
  staff_reduction: 'cuts',
  hiring_restriction: 'hiring ban',
  visa_restriction: 'visa stop',
  talks: 'talks',
  reopening: 'reopening',
  other: 'other',
};

export function amountOf(side: LedgerSide, declined = false): string {
  if (declined) return 'none';
  return side.people ? formatNumber(side.people) : (kindWords[side.kind] ?? side.kind);
}

/**
 * A pair in a few characters: "60 ↔ 60, 3 days" when matched in kind and number, "35 → none:
 * Russia declined, 30 December 2016" when the answer was to do nothing, else "55 → 5, 1 day".
 */
export function pairLabel(pair: LedgerPair, actorName: (code: string) => string): string {
  const { measure, answer } = pair;
  if (pair.declined) {
    return `${amountOf(measure)} → none: ${actorName(answer.actor)} declined, ${formatDate(answer.occurredOn, answer.datePrecision)}`;
  }
  const arrow = pair.inKind && pair.inNumber ? '↔' : '→';
  const lag =
    pair.lagDays === null
      ? 'lag not known to the day'
      : `${formatNumber(pair.lagDays)} ${pair.lagDays === 1 ? 'day' : 'days'}`;
  return `${amountOf(measure)} ${arrow} ${amountOf(answer)}, ${lag}`;
}

/**
 * The exchanges as chains: each measure no recorded event answers with, followed by its
 * answers, then theirs, level by level; answers on one level are joined with "+" — "25 → 5 →
 * 55 → 5 + 260". A chain is two measures or more; its first is the one that answered nothing.
 */
export function chainsOf(pairs: readonly LedgerPair[]): { start: LedgerSide; levels: string[] }[] {
  const answersTo = new Map<string, LedgerPair[]>();
  const answered = new Set<string>();
  for (const pair of pairs) {
    answersTo.set(pair.measure.id, [...(answersTo.get(pair.measure.id) ?? []), pair]);
    answered.add(pair.answer.id);
  }
  const starts = pairs
    .map((p) => p.measure)
    .filter((m, i, all) => !answered.has(m.id) && all.findIndex((o) => o.id === m.id) === i);
  return starts.map((start) => {
    const levels = [amountOf(start)];
    let current = [start.id];
    const seen = new Set(current);
    while (current.length) {
      const next = current
        .flatMap((id) => answersTo.get(id) ?? [])
        .filter((p) => !seen.has(p.answer.id));
      if (!next.length) break;
      next.forEach((p) => seen.add(p.answer.id));
      levels.push(next.map((p) => amountOf(p.answer, p.declined)).join(' + '));
      current = next.map((p) => p.answer.id);
    }
    return { start, levels };
  });
}
