'use client';

import { useRouter } from 'next/navigation';

/** Ends the session on the server and reloads the desk, which then asks for a token. */
export function SignOutButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      onClick={async () => {
        await fetch('/api/session', { method: 'DELETE' });
        router.refresh();
      }}
    >
      Sign out
    </button>
  );
}
