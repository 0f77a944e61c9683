/** “Title” — Publisher, linked when the source has an address. Text only, never HTML. */
export function SourceCitation({
  publisher,
  title,
  url,
}: {
  publisher: string;
  title: string;
  url: string | null;
}) {
  const label = `“${title}” — ${publisher}`;
  return (
    <span className="source">
      Source:{' '}
      {url ? (
        <a href={url} rel="noopener noreferrer external">
          {label}
        </a>
      ) : (
        label
      )}
    </span>
  );
}
