import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';

const front = [
  'title: A report',
  'published_on: 2025-03-09',
  'source_id: nyt-2025-report',
  'url: https://example.org/a',
];
const article = (lines = front, body = 'The text.') => `---\n${lines.join('\n')}\n---\n\n${body}\n`;

describe('parseArticle', () => {
  it('reads the front matter and the text, the slug from the file name', () => {
    expect(parseArticle('data/articles/a-report.md', article())).toEqual({
      parsed: {
        file: 'data/articles/a-report.md',
        line: 1,
        value: {
          slug: 'a-report',
          title: 'A report',
          body: 'The text.',
          publishedOn: '2025-03-09',
          datePrecision: 'day',
          url: 'https://example.org/a',
          sourceId: 'nyt-2025-report',
          followsSourceId: null,
        },
      },
      problems: [],
    });
  });

  it('reads a file saved on Windows, with a byte-order mark and CRLF line ends', () => {
    const text = `\uFEFF${article(front, 'One.\nTwo.')}`.replace(/\n/g, '\r\n');
    const { parsed } = parseArticle('a-report.md', text);
    expect(parsed?.value).toMatchObject({ title: 'A report', body: 'One.\nTwo.' });
  });

  it('keeps a month-precision date as written', () => {
    const lines = front.map((l) => (l.startsWith('published_on') ? "published_on: '2025-03'" : l));
    expect(parseArticle('a.md', article(lines)).parsed?.value).toMatchObject({
      publishedOn: '2025-03-01',
      datePrecision: 'month',
    });
  });

  it.each(['A-Report.md', 'a report.md', 'a.md.bak'])('refuses the file name %s', (name) => {
    expect(parseArticle(`data/articles/${name}`, article())).toEqual({
      parsed: null,
      problems: [
        {
          file: `data/articles/${name}`,
          line: 1,
          message: 'expected a file name of lower-case letters, digits and hyphens',
        },
      ],
    });
  });

  it('names each bad field with its value', () => {
    const lines = ['title: A report', 'published_on: 2025-13-01', 'source_id: Not A Slug'];
    const { parsed, problems } = parseArticle('a.md', article(lines));
    expect(parsed).toBeNull();
    expect(problems.map((p) => [p.column, p.value])).toEqual([
      ['published_on', '2025-13-01'],
      ['source_id', 'Not A Slug'],
    ]);
  });

  it('names a missing field with an empty value', () => {
    const { problems } = parseArticle('a.md', article(front.slice(1)));
    expect(problems.map((p) => [p.column, p.value])).toEqual([['title', '']]);
  });

  it('refuses front matter that is not YAML', () => {
    const { parsed, problems } = parseArticle('a.md', article(['title: [unclosed']));
    expect(parsed).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^front matter is not valid YAML: /);
  });

  it('refuses an article with no text, however much white space it has', () => {
    expect(parseArticle('a.md', article(front, ' \n\t\n')).problems).toEqual([
      { file: 'a.md', line: 1, message: 'the article has no text after its front matter' },
    ]);
  });
});
