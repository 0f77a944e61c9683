import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { AddressProblems } from '@/components/AddressProblems';
import { EmbedCode } from '@/components/EmbedCode';
import { Tabs } from '@/components/Tabs';
import { listArticles } from '@/db/queries/articles';
import { getCoverage } from '@/db/queries/coverage';
import { getDatasetSummary } from '@/db/queries/dataset';
import { getHeadlineFigures } from '@/db/queries/headlines';
import { countFacilitiesOn } from '@/db/queries/facilities';
import { listCountries } from '@/db/queries/countries';
import { PostCounts } from '@/components/missions/PostCounts';
import { indexCountries, namesOf } from '@/lib/countries/names';
import { today } from '@/lib/dataset/dates';
import { getDataYears, getStaffingData, listDirections } from '@/db/queries/staffing';
import { formatNumber, viewScopeLabels } from '@/lib/format';
import { staffingQueryOptions } from '@/lib/query-options/staffing';
import { maxHoldYears } from '@/lib/staffing/hold';
import { embedPath, previewPath, staffingSearch, type StaffingView } from '@/lib/staffing/address';
import { siteUrl } from '@/lib/site-url';
import { ChartPanel } from './ChartPanel';
import { CoverageTable } from './CoverageTable';
import { HeadlineFigures } from './HeadlineFigures';
import { SourcesList } from './SourcesList';
import { StaffingTable } from './StaffingTable';
import { ViewControls } from './ViewControls';

/** The dashboard for one view; every number on it is read from the database here. */
export async function StaffingDashboard({
  view,
  problems = [],
}: {
  view: StaffingView;
  problems?: string[];
}) {
  const queryClient = new QueryClient();
  const query = staffingQueryOptions(view, async (v) => getStaffingData(v));
  const data = await queryClient.fetchQuery(query);
  const years = getDataYears();
  const summary = getDatasetSummary();
  const from = new Date(data.domain[0]).getUTCFullYear();
  const to = new Date(data.domain[1]).getUTCFullYear();
  const [article] = listArticles();
  const yearOptions = Array.from(
    { length: years.last - years.first + 1 },
    (_, i) => years.first + i,
  );

  return (
    <main>
      <h1>US and Russian diplomats in each other’s countries</h1>
      <p className="lede">
        How many staff each country has had in the other since the 1980s, and the expulsions,
        closures and caps that changed it. Every figure links to its source; where sources disagree,
        all of them are shown.
      </p>
      {article && (
        <p className="article-link">
          The article behind this tracker:{' '}
          <Link href={`/articles/${article.slug}`}>{article.title}</Link>, with its figures checked
          against the data.
        </p>
      )}
      <AddressProblems problems={problems} outcome="the default is shown instead" />

      <HeadlineFigures figures={getHeadlineFigures()} />
      <PostsOpenNow />

      <section aria-labelledby="staffing-heading">
        <h2 id="staffing-heading">Staffing over time</h2>
        <ViewControls view={view} directions={listDirections()} years={yearOptions} />
        <p id="staffing-description" className="chart-description">
          Step chart of {viewScopeLabels[view.scope]}, {from}–{to}: a value holds until the next
          reported figure of the same scope, for at most {maxHoldYears} years; where no figure is in
          force the chart says so. Labels under the time axis name the moments that explain a step.
          Markers below are expulsions (triangles), facility closures (squares) and staff caps
          (circles), coloured by the country that acted.
        </p>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <Tabs
            label="Staffing views"
            tabs={[
              {
                id: 'chart',
                label: 'Chart',
                panel: (
                  <figure
                    className="chart-figure"
                    aria-labelledby="staffing-heading"
                    aria-describedby="staffing-description"
                  >
                    <ChartPanel view={view} />
                  </figure>
                ),
              },
              { id: 'table', label: 'Table', panel: <StaffingTable view={view} /> },
              {
                id: 'sources',
                label: `Sources (${data.sources.length})`,
                panel: (
                  <>
                    <SourcesList view={view} />
                    <CoverageTable {...getCoverage()} />
                  </>
                ),
              },
            ]}
          />
        </HydrationBoundary>
        <p className="downloads">
          Download:{' '}
          <a href={`/api/staffing?${staffingSearch(view)}&format=csv`}>CSV of these figures</a> ·{' '}
          <a href={`/api/staffing?${staffingSearch(view)}`}>JSON</a> · the chart as{' '}
          <a href={previewPath(view)} download>
            PNG
          </a>{' '}
          or{' '}
          <a href={previewPath(view, 'svg')} download>
            SVG
          </a>{' '}
          (with title, source and date) ·{' '}
          <a href="/downloads/dataset.zip" download>
            the whole dataset (ZIP: every table, codebook, licence, how to cite)
          </a>
        </p>
        <EmbedCode
          path={embedPath(view)}
          title={`US and Russian diplomatic staff: ${viewScopeLabels[view.scope].toLowerCase()}`}
          height={520}
          siteOrigin={siteUrl()?.origin ?? null}
        />
      </section>

      <p className="dataset-summary">
        The dataset holds {formatNumber(summary.events)} events, {formatNumber(summary.headcounts)}{' '}
        headcount observations and {formatNumber(summary.sources)} sources.
      </p>
    </main>
  );
}

/** Each side's posts open today, linked to the missions map. */
function PostsOpenNow() {
  const day = today();
  const countries = indexCountries(listCountries());
  const year = Number(day.slice(0, 4));
  return (
    <PostCounts
      day={day}
      counts={countFacilitiesOn(day)}
      namesOf={(code) => namesOf(countries, code, year)}
      lead={
        <>
          <Link href="/missions" prefetch={false}>
            Posts open now
          </Link>
          :
        </>
      }
    />
  );
}
