/**
 * The light theme's colours (app/globals.css, :root) as values, for images drawn outside a
 * page, where CSS custom properties do not reach: preview images and PNG downloads.
 * lib/chart/image-colors.test.ts holds the two lists together.
 */
export const imageColors = {
  bg: '#ffffff',
  fg: '#1a1a1a',
  muted: '#5b5b5b',
  border: '#d9d9d9',
  us: '#1f5fbf',
  ru: '#b3261e',
} as const;

/** A country's colour in an image: the page's colour for its staff and its events. */
export function imageCountryColor(code: string): string {
  if (code === 'US') return imageColors.us;
  if (code === 'RU') return imageColors.ru;
  return imageColors.muted;
}
