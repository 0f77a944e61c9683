import type { Metadata } from 'next';
import Link from 'next/link';
import { listArticles } from '@/db/queries/articles';
import { formatDate } from '@/lib/format';
import { defaultView, previewPath } from '@/lib/staffing/address';
import { previewMetadata } from '@/app/_lib/preview-metadata';

export const metadata: Metadata = {
  title: 'Articles',
  alternates: { canonical: '/articles' },
  ...previewMetadata(previewPath(defaultView), 'US and Russian diplomatic staff over the decades'),
};

export default function ArticlesPage() {
  const articles = listArticles();
  return (
    <main>
      <h1>Articles</h1>
      <p className="lede">
        The reporting this tracker follows, with its figures checked against the data.
      </p>
      {articles.length ? (
        <ul className="plain-list">
          {articles.map((article) => (
            <li key={article.slug}>
              <Link href={`/articles/${article.slug}`}>{article.title}</Link> (
              {formatDate(article.publishedOn, article.datePrecision)})
            </li>
          ))}
        </ul>
      ) : (
        <p>No articles yet.</p>
      )}
    </main>
  );
}
