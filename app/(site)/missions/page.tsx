import type { Metadata } from 'next';
import { checkMissionsAddress, dayOf } from '@/lib/missions/address-schema';
import { MissionsView } from './_components/MissionsView';

export const missionsMetadata: Metadata = {
  title: 'Missions and facilities',
  description:
    'Every US post in Russia and Russian post in the US: when it opened, what closed it, on a map and a timeline.',
};

export const metadata: Metadata = { ...missionsMetadata, alternates: { canonical: '/missions' } };

// An address with something wrong in it, rendered per request to say what. proxy.ts
// rewrites every clean /missions address to its cached view (view/[view]/page.tsx).
export default async function MissionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { view, problems } = checkMissionsAddress(await searchParams);
  return <MissionsView view={view} problems={problems} today={dayOf({ on: null })} />;
}
