import type { Metadata } from 'next';
import { readReciprocityAddress } from '@/lib/reciprocity/address';
import { hostileKinds } from '@/lib/reciprocity/kinds';
import { ReciprocityView } from './_components/ReciprocityView';

export const metadata: Metadata = {
  title: 'Strict reciprocity, measured',
  description:
    'Who answered whom, how fast and in kind: the tit-for-tat ledger, the balance over time, and the proposal of one for one as numbers.',
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
  const today = new Date().toISOString().slice(0, 10);
  return <ReciprocityView view={view} problems={problems} today={today} />;
}
