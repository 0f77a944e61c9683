import Link from 'next/link';

export function PageNotFound() {
  return (
    <main>
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have been mistyped, or the record removed.</p>
      <p>
        <Link href="/">Back to the dashboard</Link>
      </p>
    </main>
  );
}
