import Link from 'next/link';
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/articles/ArticleBody';
import { JsonLd } from '@/components/JsonLd';
import { ReferenceMark } from '@/components/articles/ReferenceMark';
import { getArticle } from '@/db/queries/articles';
import { getStaffingData } from '@/db/queries/staffing';
import { formatDate } from '@/lib/format';
import { staffingQueryOptions } from '@/lib/query-options/staffing';
import { newsArticleJsonLd } from '@/lib/structured-data';
import { defaultView, previewPath } from '@/lib/staffing/address';
import { previewMetadata } from '@/app/_lib/preview-metadata';
import { ChartPanel } from '../../_components/ChartPanel';

type Params = { slug: string };

// Rendered on its first request, then served from the page cache (with its script hashes)
// until the data changes, like the views: shared caches may keep it (server/cache-rules.cjs).
export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  const view = { ...defaultView, from: article.period.from, to: article.period.to };
  return {
    title: article.title,
    alternates: { canonical: `/articles/${article.slug}` },
    ...previewMetadata(previewPath(view), article.title),
  };
}

const wordsPerMinute = 230;

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const article = getArticle((await params).slug);
  if (!article) notFound();

  const view = { ...defaultView, from: article.period.from, to: article.period.to };
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(staffingQueryOptions(view, async (v) => getStaffingData(v)));
  const references = new Map(article.references.map((r) => [r.quote, r]));
  const minutes = Math.max(1, Math.round(article.body.split(/\s+/).length / wordsPerMinute));

  return (
    <main className="article-layout">
      <JsonLd data={newsArticleJsonLd(article)} />
      <article className="article" aria-labelledby="article-title">
        <h1 id="article-title">{article.title}</h1>
        <p className="article-meta">
          Published {formatDate(article.publishedOn, article.datePrecision)} · {minutes} min read ·{' '}
          {article.url ? (
            <a href={article.url} rel="noopener noreferrer external">
              Original
            </a>
          ) : (
            'original address not recorded'
          )}
        </p>
        {article.follows && (
          <p className="article-meta" data-follows-source={article.follows.id}>
            Its figures and wording closely follow {article.follows.publisher},{' '}
            {article.follows.url ? (
              <a href={article.follows.url} rel="noopener noreferrer external">
                “{article.follows.title}”
              </a>
            ) : (
              `“${article.follows.title}”`
            )}
            {article.follows.publishedOn &&
              article.follows.publishedPrecision &&
              ` (${formatDate(article.follows.publishedOn, article.follows.publishedPrecision)})`}
            .
          </p>
        )}
        <p className="article-legend screen-only">
          Marked passages are tied to the data: hover or focus one to see the figures and events
          behind it.
        </p>
        <ArticleBody
          markdown={article.body}
          quotes={[...references.keys()]}
          renderReference={(quote) => (
            <ReferenceMark reference={references.get(quote)!} articleSourceId={article.sourceId} />
          )}
        />
      </article>
      <aside className="article-chart" aria-labelledby="article-chart-heading">
        <h2 id="article-chart-heading">
          Staffing, {article.period.from}–{article.period.to}
        </h2>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <figure
            className="chart-figure"
            aria-label={`Staffing from ${article.period.from} to ${article.period.to}`}
          >
            <ChartPanel view={view} />
          </figure>
        </HydrationBoundary>
        <p className="article-proposal">
          <Link href="/reciprocity#proposal">The proposal of strict reciprocity, as numbers</Link>:
          readmit N Russian diplomats, the US adds N, against the 1986 ceilings and the 2017 cap.
        </p>
      </aside>
    </main>
  );
}
