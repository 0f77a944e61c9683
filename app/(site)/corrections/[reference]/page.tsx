import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { getCorrection } from '@/db/corrections';
import { describeRecord } from '@/db/queries/records';
import { changeAnchor } from '@/lib/changes/address';
import { recordNouns, recordPage, type RecordEntity } from '@/lib/corrections/record';
import { formatTimestamp } from '@/lib/format';
import { correctionFacts } from '../../_components/CorrectionFacts';
import { FactList } from '../../_components/FactList';

export const metadata: Metadata = { title: 'A suggested correction', robots: { index: false } };

/** A correction's public status: what was suggested and what the editors decided. */
export default async function CorrectionStatusPage({
  params,
}: {
  params: Promise<{ reference: string }>;
}) {
  const correction = getCorrection(getDb(), (await params).reference);
  if (!correction) notFound();
  const record = { entity: correction.entity as RecordEntity, id: correction.entityId };
  const described = describeRecord(record) ?? `${record.entity} ${record.id} (since deleted)`;
  const page = recordPage(record);
  return (
    <main className="correction-page">
      <h1>Correction {correction.reference}</h1>
      <p className="lede">
        Keep this page’s address to follow your suggestion. Sent{' '}
        {formatTimestamp(correction.submittedAt)}.
      </p>
      <FactList
        facts={[
          [
            `The ${recordNouns[record.entity]}`,
            page ? (
              <Link href={page} prefetch={false}>
                {described}
              </Link>
            ) : (
              described
            ),
          ],
          ...correctionFacts(correction),
          ['Status', <CorrectionStatus key="status" correction={correction} />],
        ]}
      />
    </main>
  );
}

function CorrectionStatus({
  correction,
}: {
  correction: NonNullable<ReturnType<typeof getCorrection>>;
}) {
  if (correction.status === 'open') return <>Waiting for an editor.</>;
  const decided = correction.decidedAt ? formatTimestamp(correction.decidedAt) : '';
  if (correction.status === 'rejected') {
    return (
      <>
        Not accepted ({decided}). The editor’s reason:{' '}
        <q className="reader-text">{correction.reason}</q>
      </>
    );
  }
  return (
    <>
      Accepted ({decided}):{' '}
      <Link href={changeAnchor(correction.reference)} prefetch={false}>
        see the change
      </Link>
      .
    </>
  );
}
