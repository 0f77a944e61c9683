import 'server-only';
import type { ReactElement } from 'react';
import { ImageResponse } from 'next/og';
import { revisionCache } from '@/db/revision';

// Preview images and PNG downloads, about 20–60 KB each.
const images = revisionCache<Promise<Uint8Array>>(100);

/**
 * A PNG drawn once per data revision and size: next/og renders `draw()` (satori, then resvg),
 * and the bytes are served from memory until the next write.
 */
export async function cachedPng(
  key: string,
  size: { width: number; height: number },
  draw: () => ReactElement,
): Promise<Response> {
  const png = await images(`${key} ${size.width}×${size.height}`, async () => {
    const image = new ImageResponse(draw(), size);
    return new Uint8Array(await image.arrayBuffer());
  });
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
}
