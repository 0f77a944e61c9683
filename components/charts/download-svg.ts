/**
 * Saves the chart's SVG as a standalone file. Colours come from CSS custom properties on
 * the page, which a standalone file does not have, so they are resolved first.
 */
export function downloadSvg(container: HTMLElement, fileName: string): void {
  const svg = container.querySelector('svg.recharts-surface');
  if (!svg) return;
  const styles = getComputedStyle(document.documentElement);
  const markup = new XMLSerializer()
    .serializeToString(svg)
    .replace(
      /var\((--[a-z-]+)\)/g,
      (_, name: string) => styles.getPropertyValue(name).trim() || 'currentColor',
    );
  const blob = new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${markup}`], {
    type: 'image/svg+xml',
  });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
}
