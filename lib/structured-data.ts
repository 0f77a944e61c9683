// schema.org descriptions of the pages (JSON-LD), written from the data they show.

const site = 'Diplomatic Staffing Tracker';

/** The dataset behind the dashboard, with where to download it. */
export function datasetJsonLd(input: {
  url: string;
  description: string;
  years: { first: number; last: number };
  counts: { events: number; headcounts: number; sources: number };
  /** Where a path of the site is, written whole when its address is known. */
  at: (path: string) => string;
}) {
  const download = (path: string, encodingFormat: string, name: string) => ({
    '@type': 'DataDownload',
    name,
    encodingFormat,
    contentUrl: input.at(path),
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: 'US and Russian diplomatic staffing and measures, with sources',
    description: `${input.description} ${input.counts.headcounts} dated headcount observations, ${input.counts.events} events (expulsions, closures, caps, talks) and ${input.counts.sources} sources.`,
    url: input.url,
    temporalCoverage: `${input.years.first}/${input.years.last}`,
    spatialCoverage: ['United States', 'Russia'],
    variableMeasured: ['diplomatic staff posted abroad', 'diplomats expelled', 'posts closed'],
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: site },
    distribution: [
      download('/api/staffing?format=csv', 'text/csv', 'Staffing figures (CSV)'),
      download('/api/staffing', 'application/json', 'Staffing figures (JSON)'),
      download('/api/events', 'application/json', 'Events (JSON)'),
      download('/feed.xml', 'application/atom+xml', 'Events (Atom feed)'),
    ],
  };
}

/** An article the tracker annotates, credited to where it was published. */
export function newsArticleJsonLd(article: {
  title: string;
  publishedOn: string;
  url: string | null;
  publisher: string | null;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: article.publishedOn,
    ...(article.url ? { url: article.url, mainEntityOfPage: article.url } : {}),
    ...(article.publisher
      ? { publisher: { '@type': 'Organization', name: article.publisher } }
      : {}),
  };
}
