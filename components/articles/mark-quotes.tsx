import { Fragment, type ReactNode } from 'react';

/**
 * Wraps the first occurrence of each quote found in the text children with `mark(quote)`.
 * `marked` is shared across a whole article, so a quote is marked once, where it first appears.
 */
export function markQuotes(
  children: ReactNode,
  quotes: string[],
  marked: Set<string>,
  mark: (quote: string) => ReactNode,
): ReactNode {
  if (typeof children === 'string') return markInText(children, quotes, marked, mark);
  if (Array.isArray(children)) {
    return children.map((child, i) => (
      <Fragment key={i}>{markQuotes(child, quotes, marked, mark)}</Fragment>
    ));
  }
  return children;
}

function markInText(
  text: string,
  quotes: string[],
  marked: Set<string>,
  mark: (quote: string) => ReactNode,
): ReactNode {
  const found = quotes
    .filter((q) => !marked.has(q))
    .map((quote) => ({ quote, at: text.indexOf(quote) }))
    .filter((f) => f.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (!found) return text;
  marked.add(found.quote);
  return (
    <>
      {text.slice(0, found.at)}
      {mark(found.quote)}
      {markInText(text.slice(found.at + found.quote.length), quotes, marked, mark)}
    </>
  );
}
