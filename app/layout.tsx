import type { Metadata } from 'next';
import { QueryProvider } from '@/components/QueryProvider';
import { siteUrl } from '@/lib/site-url';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: 'Diplomatic Staffing Tracker', template: '%s · Diplomatic Staffing Tracker' },
  description:
    'US and Russian diplomatic staffing over the decades: sourced headcounts, expulsions, closures and caps.',
  alternates: {
    types: { 'application/atom+xml': [{ url: '/feed.xml', title: 'Events (Atom feed)' }] },
  },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <noscript>
          {/* Tabs need JavaScript: without it, show every panel and hide the tab buttons. */}
          <style>{'.tab-panel[hidden]{display:block}.tablist{display:none}'}</style>
        </noscript>
      </head>
      <body>
        <QueryProvider>{children}</QueryProvider>
      </body>
    </html>
  );
}
