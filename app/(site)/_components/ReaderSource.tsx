/**
 * The source address a reader gave with a correction: a link marked as theirs (nofollow,
 * ugc), its text the address itself, so that nobody is misled about where it goes.
 */
export function ReaderSource({ url }: { url: string | null }) {
  if (!url) return <>none given</>;
  return (
    <a href={url} rel="nofollow ugc noopener noreferrer" className="reader-text">
      {url}
    </a>
  );
}
