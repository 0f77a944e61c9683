/**
 * Text made safe to place in HTML, XML or an attribute value: the five characters that could
 * end it or start markup become character references. Feeds, SVG files and embed code write
 * data (summaries, labels, addresses) into markup with it.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
