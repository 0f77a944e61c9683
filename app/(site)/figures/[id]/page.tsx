import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SourceCitation } from '@/components/SourceCitation';
import { SupportBadge } from '@/components/SupportBadge';
import { listCountries } from '@/db/queries/countries';
import { getFigure } from '@/db/queries/figures';
import { indexCountries, namesOf } from '@/lib/countries/names';
import { figureHref } from '@/lib/corrections/record';
import { coverageLabels, formatDate, formatHeadcount, scopeLabels } from '@/lib/format';
import { facilityHref } from '@/lib/missions/address';
import { defaultView, viewPath } from '@/lib/staffing/address';
import { FactList } from '../../_components/FactList';
import { RecordHistory } from '../../_components/RecordHistory';

type Params = { id: string };

// Rendered on its first request, then served from the page cache (with its script hashes)
// until the data changes, like the event pages.
export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

/** "Russian staff in the United States", named as the countries were on the figure's date. */
function directionOf(figure: NonNullable<ReturnType<typeof getFigure>>): string {
  const countries = indexCountries(listCountries());
  const year = Number(figure.observedOn.slice(0, 4));
  const sending = namesOf(countries, figure.sendingCountry, year);
  const host = namesOf(countries, figure.hostCountry, year);
  return `${sending.adjective} staff in ${host.shortName}`;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const figure = getFigure((await params).id);
  if (!figure) return {};
  return {
    title: `${directionOf(figure)}, ${formatDate(figure.observedOn, figure.datePrecision)}`,
    alternates: { canonical: figureHref(figure.id) },
  };
}

/** One staff figure: what it counts, its source, its history, and where to correct it. */
export default async function FigurePage({ params }: { params: Promise<Params> }) {
  const figure = getFigure((await params).id);
  if (!figure) notFound();
  const year = Number(figure.observedOn.slice(0, 4));
  const facts: [string, React.ReactNode][] = [
    ['Date', formatDate(figure.observedOn, figure.datePrecision)],
    ['Figure', formatHeadcount(figure.count, figure.bound, figure.isEstimate)],
    ['What is counted', scopeLabels[figure.scope]],
    [
      'Posts covered',
      figure.post ? (
        <Link href={facilityHref(figure.post.id)} prefetch={false}>
          {figure.post.name}
        </Link>
      ) : (
        coverageLabels[figure.coverage]
      ),
    ],
    ['Note', figure.note ?? '—'],
    ['Support', <SupportBadge key="support" support={figure.support} />],
  ];
  return (
    <main>
      <p>
        <Link href={viewPath({ ...defaultView, from: year - 4, to: year + 4 })}>
          ← Staffing {year - 4}–{year + 4} on the dashboard
        </Link>
      </p>
      <h1>
        {directionOf(figure)}, {formatDate(figure.observedOn, figure.datePrecision)}
      </h1>
      <FactList facts={facts} />
      <h2>Source</h2>
      <p>
        <SourceCitation {...figure.source} />
      </p>
      <RecordHistory record={{ entity: 'headcounts', id: figure.id }} />
    </main>
  );
}
