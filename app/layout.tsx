import type { Metadata } from 'next';
import Link from 'next/link';
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
      {/* The navigation does not prefetch: a reader of one page should not download the
          code of the others in the background. */}
      <body>
        <header className="site-header">
          <Link href="/" className="site-title">
            Diplomatic Staffing Tracker
          </Link>
          <nav aria-label="Main">
            <ul className="main-nav">
              <li>
                <Link href="/" prefetch={false}>
                  Staffing
                </Link>
              </li>
              <li>
                <Link href="/events" prefetch={false}>
                  Events
                </Link>
              </li>
              <li>
                <Link href="/articles" prefetch={false}>
                  Articles
                </Link>
              </li>
            </ul>
          </nav>
        </header>
        <QueryProvider>{children}</QueryProvider>
        <footer className="site-footer">
          Every figure cites its source. Data: curated from news reports and official statements;
          see the sources beside each number.
        </footer>
      </body>
    </html>
  );
}
