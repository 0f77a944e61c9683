import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { missionsHref, readMissionsViewPath } from '@/lib/missions/address';
import { MissionsView, missionsMetadata } from '../../_components/MissionsView';

// `/missions?on=2016-12-01`: proxy.ts rewrites every clean address here, one path per view
// and day (lib/missions/address.ts, missionsViewPath), so that each is rendered on its
// first request and then served from the page cache until the data changes.

type Params = { view: string };

export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const read = readMissionsViewPath((await params).view);
  return read ? { ...missionsMetadata, alternates: { canonical: missionsHref(read.view) } } : {};
}

export default async function MissionsViewPage({ params }: { params: Promise<Params> }) {
  const read = readMissionsViewPath((await params).view);
  if (!read) notFound();
  return <MissionsView view={read.view} problems={[]} today={read.today} />;
}
