import type { Metadata } from 'next';
import { JsonLd } from '@/components/JsonLd';
import { getDatasetSummary } from '@/db/queries/dataset';
import { getDataYears } from '@/db/queries/staffing';
import { onSite } from '@/lib/site-url';
import { defaultView, previewPath } from '@/lib/staffing/address';
import { previewMetadata } from '@/app/_lib/preview-metadata';
import { datasetJsonLd } from '@/lib/structured-data';
import { StaffingDashboard } from './_components/StaffingDashboard';

export const metadata: Metadata = {
  alternates: { canonical: '/' },
  ...previewMetadata(previewPath(defaultView), 'US and Russian diplomatic staff over the decades'),
};

// Rendered once and served from the page cache until the data changes (db/page-cache/handler.cjs).
export default function HomePage() {
  const dataset = datasetJsonLd({
    url: onSite('/'),
    description:
      'Dated headcounts of US and Russian diplomatic staff, and the measures that moved them.',
    years: getDataYears(),
    counts: getDatasetSummary(),
    at: onSite,
  });
  return (
    <>
      <JsonLd data={dataset} />
      <StaffingDashboard view={defaultView} />
    </>
  );
}
