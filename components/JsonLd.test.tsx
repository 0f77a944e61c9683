import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from './JsonLd';

describe('JsonLd', () => {
  it('writes the data as one script element whose text no value can close', () => {
    const data = { name: '</script><script>alert(1)</script>', note: '<!-- <b>' };
    const html = renderToStaticMarkup(<JsonLd data={data} />);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const json = /^<script type="application\/ld\+json">(.*)<\/script>$/.exec(html)?.[1];
    expect(JSON.parse(json!)).toEqual(data);
  });
});
