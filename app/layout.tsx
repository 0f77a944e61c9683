import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Diplomatic Staffing Tracker', template: '%s · Diplomatic Staffing Tracker' },
  description:
    'US and Russian diplomatic staffing since 1986: sourced headcounts, expulsions, closures and caps.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="site-title">
            Diplomatic Staffing Tracker
          </Link>
          <span className="source">US–Russia, 1986 to today</span>
        </header>
        {children}
        <footer className="site-footer">
          Every figure cites its source. Data: curated from news reports and official statements;
          see the sources beside each number.
        </footer>
      </body>
    </html>
  );
}
