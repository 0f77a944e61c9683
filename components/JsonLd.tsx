/**
 * Structured data for search engines and link previews (schema.org, JSON-LD). `<` is
 * written as \u003c, so that no text in the data can close the script element.
 */
export function JsonLd({ data }: { data: object }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
