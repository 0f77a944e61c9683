import { getDb } from '@/db/client';
import { listOpenCorrections } from '@/db/corrections';
import { formatTimestamp } from '@/lib/format';
import { correctionFacts } from '../../_components/CorrectionFacts';
import { FactList } from '../../_components/FactList';
import { recordNouns, recordPage, type RecordEntity } from '@/lib/corrections/record';
import { editHref } from '@/lib/editing/address';

/**
 * Readers' corrections waiting for an editor, oldest first. Accept opens the record's form
 * with the correction beside it (the save links the change to it); reject asks for the
 * reason the reader will read. Both work without JavaScript.
 */
export function CorrectionQueue() {
  const queue = listOpenCorrections(getDb());
  return (
    <section aria-labelledby="corrections">
      <h2 id="corrections">Readers’ corrections</h2>
      {!queue.length && <p>No correction is waiting.</p>}
      <ol className="change-list">
        {queue.map((c) => {
          const entity = c.entity as RecordEntity;
          const page = recordPage({ entity, id: c.entityId });
          return (
            <li key={c.id} className="change" aria-label={`Correction ${c.reference}`}>
              <p>
                <strong>{c.reference}</strong> to the {recordNouns[entity]}{' '}
                {page ? <a href={page}>{c.entityId}</a> : <code>{c.entityId}</code>}{' '}
                <span className="source">sent {formatTimestamp(c.submittedAt)}</span>
              </p>
              <FactList
                facts={[...correctionFacts(c), ['Contact (editors only)', c.contact ?? '—']]}
              />
              <p>
                <a
                  href={editHref(entity, c.entityId, {
                    correction: c.reference,
                    returnTo: '/admin#corrections',
                  })}
                >
                  Accept: edit the {recordNouns[entity]}
                </a>
              </p>
              <form
                method="post"
                action={`/api/corrections/${c.reference}/rejection`}
                className="editor-form"
              >
                <label htmlFor={`reject-${c.reference}`}>
                  Reason for rejecting (shown to the reader)
                </label>
                <textarea
                  id={`reject-${c.reference}`}
                  name="reason"
                  required
                  maxLength={1000}
                  rows={2}
                />
                <button type="submit">Reject {c.reference}</button>
              </form>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
