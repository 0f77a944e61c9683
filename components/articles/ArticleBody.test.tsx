import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from './ArticleBody';

const render = (markdown: string, quotes: string[] = []) =>
  renderToStaticMarkup(
    <ArticleBody markdown={markdown} quotes={quotes} renderReference={(q) => <mark>{q}</mark>} />,
  );

describe('ArticleBody', () => {
  it('shows HTML in an article as text, never as elements', () => {
    const html = render(
      'Before <script>alert(1)</script> and <img src=x onerror=alert(1)> after.\n\n<script>alert(2)</script>',
    );
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('marks each quote once, where it first appears, and anchors every paragraph', () => {
    const html = render('One: about 120 staff.\n\nTwo: about 120 again.', ['about 120']);
    expect(html.match(/<mark>about 120<\/mark>/g)).toHaveLength(1);
    expect(html).toContain('<p id="p-1">One: <mark>about 120</mark> staff.');
    expect(html).toContain('<p id="p-3">Two: about 120 again.');
    expect(html).toContain('href="#p-3"');
  });
});
