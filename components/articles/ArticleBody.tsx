import type { ReactNode } from 'react';
import Markdown from 'react-markdown';
import { markQuotes } from './mark-quotes';

/**
 * An article's Markdown as React elements. Raw HTML in the text is never rendered as HTML:
 * react-markdown shows it as text. Each paragraph gets an anchor, and every quoted passage
 * found in it is wrapped by `renderReference`.
 */
export function ArticleBody({
  markdown,
  quotes,
  renderReference,
}: {
  markdown: string;
  quotes: string[];
  renderReference: (quote: string) => ReactNode;
}) {
  const marked = new Set<string>();
  return (
    <div className="article-body">
      <Markdown
        // Links in an article open as plain links; images are not shown.
        disallowedElements={['img']}
        components={{
          p({ node, children }) {
            const id = `p-${node?.position?.start.line ?? 0}`;
            return (
              <p id={id}>
                {markQuotes(children, quotes, marked, renderReference)}{' '}
                <a href={`#${id}`} className="paragraph-anchor" aria-label="Link to this paragraph">
                  ¶
                </a>
              </p>
            );
          },
        }}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
