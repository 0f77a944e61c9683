import type { Metadata } from 'next';
import Link from 'next/link';
import { listChanges } from '@/db/queries/changes';
import { describeRecord } from '@/db/queries/records';
import { changesHref, changesPageSize } from '@/lib/changes/address';
import { correctionRecord } from '@/lib/corrections/record';
import { singleParam, type PageParams } from '@/lib/page-params';
import { ChangeList } from '../_components/ChangeList';

export const metadata: Metadata = {
  title: 'Changes to the data',
  description:
    'Every change editors made to the figures, events, posts and sources, with who made it and why.',
  alternates: { canonical: '/changes', types: { 'application/atom+xml': '/changes/feed.xml' } },
};

/** The public changelog: every data change, newest first, filterable by record. */
export default async function ChangesPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const query = await searchParams;
  const recordParam = singleParam(query, 'record');
  const record = recordParam ? correctionRecord(recordParam) : null;
  const beforeParam = Number(singleParam(query, 'before'));
  const before = Number.isSafeInteger(beforeParam) && beforeParam > 0 ? beforeParam : undefined;
  const correction = singleParam(query, 'correction')?.slice(0, 20);
  const problem =
    recordParam && !record
      ? `“record” must name a record as <kind>:<id> (e.g. events:2018-03-26-us-expels-60); showing every change.`
      : null;
  const changes = listChanges({
    record: record ?? undefined,
    correction,
    before,
    limit: changesPageSize,
  });
  const described = record && describeRecord(record);
  return (
    <main>
      <h1>Changes to the data</h1>
      <p className="lede">
        Every change an editor made to a figure, event, post or source, with the values before and
        after. Imports of the dataset’s files are described in their commits; readers can suggest a
        correction beside any figure or event.
      </p>
      <p className="feed-link">
        <a href="/changes/feed.xml">Follow the changes (Atom feed)</a>
      </p>
      {problem && (
        <p role="alert" className="notice">
          {problem}
        </p>
      )}
      {(record || correction) && (
        <p>
          {record
            ? `The history of ${described ?? `${record.entity} ${record.id}`}. `
            : `The change that answered correction ${correction}. `}
          <Link href={changesHref()} prefetch={false}>
            All changes
          </Link>
        </p>
      )}
      {changes.length ? (
        <ChangeList changes={changes} showRecord={!record} />
      ) : (
        <p>
          {record || correction
            ? 'No change has been made to this record through the editors’ desk.'
            : 'No change has been made through the editors’ desk yet.'}
        </p>
      )}
      {changes.length === changesPageSize && (
        <p>
          <Link href={changesHref(record ?? undefined, changes.at(-1)!.id)} prefetch={false}>
            Older changes
          </Link>
        </p>
      )}
    </main>
  );
}
