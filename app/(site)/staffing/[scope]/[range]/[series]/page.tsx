import type { Metadata } from 'next';
import { viewScopeLabels } from '@/lib/format';
import { previewPath, viewPath } from '@/lib/staffing/address';
import { previewMetadata } from '@/app/_lib/preview-metadata';
import { viewFromPath } from '@/lib/staffing/address-schema';
import { StaffingDashboard } from '../../../../_components/StaffingDashboard';

type Params = { scope: string; range: string; series: string };

// Each view is rendered on its first request and then served from the page cache until
// the data changes: none is built ahead of time.
export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { view } = viewFromPath(await params);
  const title = `Staffing: ${viewScopeLabels[view.scope]}`;
  return {
    title,
    alternates: { canonical: viewPath(view) },
    ...previewMetadata(previewPath(view), title),
  };
}

export default async function StaffingViewPage({ params }: { params: Promise<Params> }) {
  const { view, problems } = viewFromPath(await params);
  return <StaffingDashboard view={view} problems={problems} />;
}
