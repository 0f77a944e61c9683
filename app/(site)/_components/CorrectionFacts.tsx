import type { Correction } from '@/db/schema';

/**
 * The source address a reader gave with a correction: a link marked as theirs (nofollow,
 * ugc), its text the address itself, so that nobody is misled about where it goes.
 */
function ReaderSource({ url }: { url: string | null }) {
  if (!url) return <>none given</>;
  return (
    <a href={url} rel="nofollow ugc noopener noreferrer" className="reader-text">
      {url}
    </a>
  );
}

/** What a reader suggested, as facts for a FactList: their text as they typed it, as text. */
export function correctionFacts(correction: Correction): [string, React.ReactNode][] {
  return [
    [
      'What is wrong',
      <span key="problem" className="reader-text">
        {correction.problem}
      </span>,
    ],
    [
      'The correct value',
      <span key="value" className="reader-text">
        {correction.correctValue}
      </span>,
    ],
    ['Source', <ReaderSource key="source" url={correction.sourceUrl} />],
  ];
}
