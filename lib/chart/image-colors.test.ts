import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imageColors, imageCountryColor } from './image-colors';

describe('image colours', () => {
  it('are the light theme’s custom properties', () => {
    const css = fs.readFileSync('app/globals.css', 'utf8');
    const root = css.slice(css.indexOf(':root'), css.indexOf('}', css.indexOf(':root')));
    for (const [name, value] of Object.entries(imageColors))
      expect(root, name).toContain(`--${name}: ${value};`);
  });

  it('colour each country as the page does, and any other neutrally', () => {
    expect([imageCountryColor('US'), imageCountryColor('RU'), imageCountryColor('GB')]).toEqual([
      imageColors.us,
      imageColors.ru,
      imageColors.muted,
    ]);
  });
});
