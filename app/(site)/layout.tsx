import Link from 'next/link';

// The site's chrome: every page but the embeds (app/embed/), which other sites frame.
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      {/* The navigation does not prefetch: a reader of one page should not download the
          code of the others in the background. */}
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
              <Link href="/missions" prefetch={false}>
                Missions
              </Link>
            </li>
            <li>
              <Link href="/reciprocity" prefetch={false}>
                Reciprocity
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
      {children}
      <footer className="site-footer">
        Every figure cites its source. Data: curated from news reports and official statements; see
        the sources beside each number. Every change to them is listed in the{' '}
        <Link href="/changes" prefetch={false}>
          changes to the data
        </Link>
        ; found an error? Use “Suggest a correction” on its page.
      </footer>
    </>
  );
}
