import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { readReciprocityViewPath, reciprocityHref } from '@/lib/reciprocity/address';
import { hostileKinds } from '@/lib/reciprocity/kinds';
import { ReciprocityView, reciprocityMetadata } from '../../_components/ReciprocityView';

// `/reciprocity?from=2016`: proxy.ts rewrites every clean address here, one path per view
// and day (lib/reciprocity/address.ts), so that each is rendered on its first request and
// then served from the page cache until the data changes.

type Params = { view: string };

export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const read = readReciprocityViewPath((await params).view, hostileKinds);
  return read
    ? { ...reciprocityMetadata, alternates: { canonical: reciprocityHref(read.view) } }
    : {};
}

export default async function ReciprocityViewPage({ params }: { params: Promise<Params> }) {
  const read = readReciprocityViewPath((await params).view, hostileKinds);
  if (!read) notFound();
  return <ReciprocityView view={read.view} problems={[]} today={read.today} />;
}
