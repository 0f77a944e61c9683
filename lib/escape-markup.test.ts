import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape-markup';

describe('escapeMarkup', () => {
  it('turns every character that could start markup or end a value into a reference', () => {
    expect(escapeMarkup(`<a href="x" title='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
    expect(escapeMarkup('Санкт-Петербург ]]')).toBe('Санкт-Петербург ]]');
  });
});
