import type { FacilityCount } from '@/db/queries/facilities';
import type { NamesAt } from '@/lib/countries/names';
import { formatDate, formatNumber } from '@/lib/format';

const posts = (n: number) => `${formatNumber(n)} ${n === 1 ? 'post' : 'posts'}`;

/** "the US: 4 posts in Russia", with what was suspended and the other properties in use. */
function countSentence(count: FacilityCount, namesOf: (code: string) => NamesAt): string {
  const extras = [
    count.postsSuspended > 0 && `${formatNumber(count.postsSuspended)} suspended`,
    count.propertiesInUse > 0 &&
      `${formatNumber(count.propertiesInUse)} other ${count.propertiesInUse === 1 ? 'property' : 'properties'} in use`,
  ].filter(Boolean);
  const operator = namesOf(count.operatedBy).name;
  const host = namesOf(count.hostCountry).shortName;
  return `${operator}: ${posts(count.postsOpen)} open in ${host}${extras.length ? ` (${extras.join('; ')})` : ''}`;
}

/** Each side's posts on the day, as SQL counts them (db/queries/facilities.ts), after `lead`. */
export function PostCounts({
  day,
  counts,
  namesOf,
  lead = <strong>On {formatDate(day, 'day')}:</strong>,
}: {
  day: string;
  counts: FacilityCount[];
  namesOf: (code: string) => NamesAt;
  lead?: React.ReactNode;
}) {
  return (
    <p className="post-counts" data-day={day}>
      {lead}{' '}
      {counts.map((count, i) => (
        <span key={`${count.operatedBy}-${count.hostCountry}`} data-side={count.operatedBy}>
          {i > 0 && ' · '}
          {countSentence(count, namesOf)}
        </span>
      ))}
      {counts.length === 0 && 'no facility in the record.'}
    </p>
  );
}
