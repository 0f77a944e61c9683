import type { Metadata } from 'next';
import { previewSize } from '../preview/_components/PreviewFrame';

/**
 * What a link to a page shows when pasted into a chat or a post: its own image (the chart of
 * the view, or the event's facts), for Open Graph and Twitter cards alike.
 */
export function previewMetadata(
  image: string,
  alt: string,
): Pick<Metadata, 'openGraph' | 'twitter'> {
  const images = [{ url: image, ...previewSize, alt }];
  return {
    openGraph: { type: 'website', siteName: 'Diplomatic Staffing Tracker', images },
    twitter: { card: 'summary_large_image', images },
  };
}
