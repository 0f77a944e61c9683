'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

export function SignInForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const token = String(new FormData(event.currentTarget).get('token') ?? '');
    const response = await fetch('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    if (response.ok) router.refresh();
    else setError((await response.json()).error?.message ?? 'Sign-in failed');
  }

  return (
    <form onSubmit={onSubmit} className="editor-form">
      <label htmlFor="editor-token">Editor token</label>
      <input
        id="editor-token"
        name="token"
        type="password"
        autoComplete="current-password"
        required
      />
      <button type="submit">Sign in</button>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
