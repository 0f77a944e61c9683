import type { Metadata } from 'next';
import { today } from '@/lib/dataset/dates';
import { checkMissionsAddress } from '@/lib/missions/address-schema';
import { MissionsView, missionsMetadata } from './_components/MissionsView';

export const metadata: Metadata = { ...missionsMetadata, alternates: { canonical: '/missions' } };

// An address with something wrong in it, rendered per request to say what. proxy.ts
// rewrites every clean /missions address to its cached view (view/[view]/page.tsx).
export default async function MissionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { view, problems } = checkMissionsAddress(await searchParams);
  return <MissionsView view={view} problems={problems} today={today()} />;
}
