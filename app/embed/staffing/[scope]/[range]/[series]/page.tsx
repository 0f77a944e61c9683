import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { ChartPanel } from '@/app/(site)/_components/ChartPanel';
import { getStaffingData } from '@/db/queries/staffing';
import { lastChangedAt } from '@/db/revision';
import { viewScopeLabels } from '@/lib/format';
import { staffingQueryOptions } from '@/lib/query-options/staffing';
import { viewPath } from '@/lib/staffing/address';
import { viewFromPath } from '@/lib/staffing/address-schema';
import { EmbedSource } from '../../../../_components/EmbedSource';

type Params = { scope: string; range: string; series: string };

// Rendered on first request, then served from the page cache until the data changes.
export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

const titleOf = (scope: keyof typeof viewScopeLabels) =>
  `US and Russian diplomatic staff: ${viewScopeLabels[scope].toLowerCase()}`;

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { view } = viewFromPath(await params);
  return { title: titleOf(view.scope), robots: { index: false } };
}

/** The staffing chart of one view, to be framed by another site. */
export default async function StaffingEmbed({ params }: { params: Promise<Params> }) {
  const { view } = viewFromPath(await params);
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(staffingQueryOptions(view, async (v) => getStaffingData(v)));
  return (
    <figure className="embed-figure">
      <figcaption>
        <h1>{titleOf(view.scope)}</h1>
      </figcaption>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ChartPanel view={view} />
      </HydrationBoundary>
      <EmbedSource href={viewPath(view)} changedAt={lastChangedAt()} />
    </figure>
  );
}
