import matter from 'gray-matter';
import yaml from 'js-yaml';
import { z } from 'zod';
import { optional, partialDate, httpUrl, requiredText, slug } from './fields';
import type { Problem } from './problems';

export type ArticleRow = {
  slug: string;
  title: string;
  body: string;
  publishedOn: string;
  datePrecision: 'day' | 'month' | 'year';
  url: string | null;
  sourceId: string;
  followsSourceId: string | null;
};

export type ParsedArticle = { file: string; line: number; value: ArticleRow };

/**
 * Front matter is read with YAML's core schema, which has no dates: an unquoted 2025-13-01
 * stays the text the editor wrote (and is refused), instead of becoming 1 January 2026.
 */
const readYaml = (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object;

const yamlText = z.preprocess((v) => (v == null ? '' : String(v)), z.string());

const frontMatter = z.object({
  title: yamlText.pipe(requiredText),
  published_on: yamlText.pipe(partialDate),
  source_id: yamlText.pipe(slug),
  url: yamlText.pipe(optional(httpUrl)),
  follows_source_id: yamlText.pipe(optional(slug)),
});

/** Reads data/articles/<slug>.md: YAML front matter, then the article text in Markdown. */
export function parseArticle(
  file: string,
  text: string,
): { parsed: ParsedArticle | null; problems: Problem[] } {
  const slugFromName = (file.split(/[\\/]/).pop() ?? '').replace(/\.md$/, '');
  const problems: Problem[] = [];
  if (!slug.safeParse(slugFromName).success) {
    problems.push({
      file,
      line: 1,
      message: 'expected a file name of lower-case letters, digits and hyphens',
    });
  }
  let data: Record<string, unknown>;
  let content: string;
  try {
    ({ data, content } = matter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), {
      engines: { yaml: readYaml },
    }));
  } catch (error) {
    return {
      parsed: null,
      problems: [
        { file, line: 1, message: `front matter is not valid YAML: ${(error as Error).message}` },
      ],
    };
  }
  const result = frontMatter.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? '');
      problems.push({
        file,
        line: 1,
        column,
        value: String(data[column] ?? ''),
        message: issue.message,
      });
    }
  }
  const body = content.trim();
  if (!body)
    problems.push({ file, line: 1, message: 'the article has no text after its front matter' });
  if (!result.success || problems.length) return { parsed: null, problems };

  const { title, published_on, source_id, url, follows_source_id } = result.data;
  return {
    parsed: {
      file,
      line: 1,
      value: {
        slug: slugFromName,
        title,
        body,
        publishedOn: published_on.date,
        datePrecision: published_on.precision,
        url,
        sourceId: source_id,
        followsSourceId: follows_source_id,
      },
    },
    problems,
  };
}
