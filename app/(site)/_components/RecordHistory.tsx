import Link from 'next/link';
import { EditLink } from '@/components/EditLink';
import { listChanges } from '@/db/queries/changes';
import { changesHref } from '@/lib/changes/address';
import { correctionFormPath, recordNouns, type RecordRef } from '@/lib/corrections/record';
import { ChangeList } from './ChangeList';

const shown = 10;

/**
 * A record's own history on its page: the changes editors made to it, newest first, and
 * where a reader suggests a correction (and a signed-in editor edits it).
 */
export function RecordHistory({ record }: { record: RecordRef }) {
  const changes = listChanges({ record, limit: shown });
  const noun = recordNouns[record.entity];
  return (
    <section aria-labelledby="record-history">
      <h2 id="record-history">History and corrections</h2>
      {changes.length ? (
        <ChangeList changes={changes} showRecord={false} />
      ) : (
        <p>No editor has changed this {noun} since it was added to the dataset.</p>
      )}
      <p className="record-actions">
        <Link href={correctionFormPath(record)} prefetch={false}>
          Suggest a correction to this {noun}
        </Link>
        {changes.length === shown && (
          <>
            {' '}
            ·{' '}
            <Link href={changesHref(record)} prefetch={false}>
              Its full history
            </Link>
          </>
        )}{' '}
        <EditLink {...record} />
      </p>
    </section>
  );
}
