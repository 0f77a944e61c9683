/** One colour per country, used for its staff abroad and for the events it acts in. */
const countryColors: Record<string, string> = { US: 'var(--us)', RU: 'var(--ru)' };

export function countryColor(code: string): string {
  return countryColors[code] ?? 'var(--muted)';
}
