import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' });

type Html = { '#text': string; '@_type': 'html' };
export type AtomEntry = {
  id: string;
  title: Html;
  link: { '@_href': string };
  content: Html;
  published: string;
  updated: string;
  author?: { name: string };
};

/** A feed route's answer, checked to be valid XML and read back: the feed and its entries. */
export async function readAtom(response: Response) {
  const text = await response.text();
  expect(XMLValidator.validate(text)).toBe(true);
  const atom = parser.parse(text).feed as {
    '@_xmlns': string;
    updated: string;
    entry?: AtomEntry[];
  };
  return { atom, entries: atom.entry ?? [] };
}
