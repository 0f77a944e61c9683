import type { Metadata } from 'next';
import { readReciprocityAddress } from '@/lib/reciprocity/address';
import { hostileKinds } from '@/lib/reciprocity/kinds';
import { today } from '@/lib/dataset/dates';
import { ReciprocityView, reciprocityMetadata } from './_components/ReciprocityView';

export const metadata: Metadata = {
  ...reciprocityMetadata,
  alternates: { canonical: '/reciprocity' },
};

// An address with something wrong in it, rendered per request to say what. proxy.ts
// rewrites every clean /reciprocity address to its cached view (view/[view]/page.tsx).
export default async function ReciprocityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { view, problems } = readReciprocityAddress(await searchParams, hostileKinds);
  return <ReciprocityView view={view} problems={problems} today={today()} />;
}
