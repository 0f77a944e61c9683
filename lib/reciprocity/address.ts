import { maxReadmit, readmitOf } from './proposal';

/**
 * The reciprocity page's address: `/reciprocity?from=2016&to=2018&kind=expulsion&readmit=100`
 * (the ledger's years and kind, the proposal's number). Each bad parameter is reported and
 * left out; unknown ones are ignored.
 */
export type ReciprocityView = {
  from: number | null;
  to: number | null;
  kind: string | null;
  readmit: number;
};

export const defaultReadmit = 100;

const yearOf = (text: string | undefined) =>
  text !== undefined && /^\d{4}$/.test(text) ? Number(text) : null;

export function readReciprocityAddress(
  params: Record<string, string | string[] | undefined>,
  kinds: readonly string[],
): { view: ReciprocityView; problems: string[] } {
  // An empty field of the form is a parameter not given.
  const one = (name: string) => {
    const value = params[name];
    const text = Array.isArray(value) ? value.join(',') : value;
    return text === '' ? undefined : text;
  };
  const problems: string[] = [];
  const year = (name: 'from' | 'to') => {
    const text = one(name);
    const value = yearOf(text);
    if (text !== undefined && value === null)
      problems.push(`${name}: expected a year such as 2016`);
    return value;
  };
  let from = year('from');
  let to = year('to');
  if (from !== null && to !== null && from > to) {
    problems.push('from: expected from to be no later than to');
    from = to = null;
  }
  const kindText = one('kind');
  const kind = kindText !== undefined && kinds.includes(kindText) ? kindText : null;
  if (kindText !== undefined && kind === null) {
    problems.push(`kind: expected one of: ${kinds.join(', ')}`);
  }
  const readmitText = one('readmit');
  const readmit = readmitOf(readmitText);
  if (readmitText !== undefined && readmit === null) {
    problems.push(`readmit: expected a whole number from 0 to ${maxReadmit}`);
  }
  return { view: { from, to, kind, readmit: readmit ?? defaultReadmit }, problems };
}

export function reciprocityHref(view: ReciprocityView, hash = ''): string {
  const params = new URLSearchParams();
  if (view.from !== null) params.set('from', String(view.from));
  if (view.to !== null) params.set('to', String(view.to));
  if (view.kind) params.set('kind', view.kind);
  if (view.readmit !== defaultReadmit) params.set('readmit', String(view.readmit));
  const search = params.toString();
  return `/reciprocity${search ? `?${search}` : ''}${hash}`;
}

/**
 * The path proxy.ts rewrites a clean address to, one per view and day (the balance runs to
 * today): `/reciprocity/view/2016~2018~expulsion~100~2026-11-27`, `all` for a filter not set.
 */
export function reciprocityViewPath(view: ReciprocityView, today: string): string {
  const part = (value: number | string | null) => (value === null ? 'all' : String(value));
  return `/reciprocity/view/${[part(view.from), part(view.to), part(view.kind), view.readmit, today].join('~')}`;
}

/** The view and day of a rewritten path's segment, or null if it is not a clean one. */
export function readReciprocityViewPath(
  segment: string,
  kinds: readonly string[],
): { view: ReciprocityView; today: string } | null {
  const parts = segment.split('~');
  const [from, to, kind, readmit, today] = parts.map((part) => (part === 'all' ? undefined : part));
  if (parts.length !== 5 || !today || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return null;
  const { view, problems } = readReciprocityAddress({ from, to, kind, readmit }, kinds);
  return problems.length || readmit === undefined ? null : { view, today };
}
