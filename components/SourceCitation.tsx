import { EditLink } from './EditLink';

/**
 * “Title” — Publisher, linked when the source has an address, with an Edit link for a
 * signed-in editor when its id is given. Text only, never HTML.
 */
export function SourceCitation({
  id,
  publisher,
  title,
  url,
}: {
  id?: string;
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
      {id && (
        <>
          {' '}
          <EditLink entity="sources" id={id} />
        </>
      )}
    </span>
  );
}
