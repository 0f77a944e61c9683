import Link from 'next/link';
import type { Change } from '@/db/queries/changes';
import { changesHref } from '@/lib/changes/address';
import { changeActionLabels } from '@/lib/changes/diff';
import { recordNouns, recordPage } from '@/lib/corrections/record';
import { formatTimestamp } from '@/lib/format';

/**
 * Changes to the data, newest first: when, what, each column before → after, the editor's
 * name and the reader's correction it answered. Values are shown as text, never as HTML.
 */
export function ChangeList({ changes, showRecord }: { changes: Change[]; showRecord: boolean }) {
  return (
    <ol className="change-list">
      {changes.map((change) => {
        const page = recordPage(change.record);
        return (
          <li key={change.id} id={`change-${change.id}`} className="change">
            <p>
              <strong>{changeActionLabels[change.action]}</strong>{' '}
              {recordNouns[change.record.entity]}{' '}
              {showRecord ? (
                <Link href={changesHref(change.record)} prefetch={false}>
                  {change.record.id}
                </Link>
              ) : (
                <code>{change.record.id}</code>
              )}{' '}
              <span className="source">
                by {change.editor}, {formatTimestamp(change.at)}
                {change.correction && (
                  <>
                    {' '}
                    · answering{' '}
                    <Link href={`/corrections/${change.correction}`} prefetch={false}>
                      correction {change.correction}
                    </Link>
                  </>
                )}
                {showRecord && page && change.action !== 'delete' && (
                  <>
                    {' '}
                    ·{' '}
                    <Link href={page} prefetch={false}>
                      the {recordNouns[change.record.entity]}’s page
                    </Link>
                  </>
                )}
              </span>
            </p>
            {change.fields.length > 0 && (
              <div className="table-scroll">
                <table className="data-table change-fields">
                  <thead>
                    <tr>
                      <th scope="col">Column</th>
                      <th scope="col">Before</th>
                      <th scope="col">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {change.fields.map((field) => (
                      <tr key={field.field}>
                        <th scope="row">
                          <code>{field.field}</code>
                        </th>
                        <td>{field.before ?? '—'}</td>
                        <td>{field.after ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
