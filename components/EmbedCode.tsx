'use client';

import { useId, useState, useSyncExternalStore } from 'react';
import { embedSnippet } from '@/lib/embed';

const noSubscription = () => () => {};

/**
 * "Embed": the code another site pastes to show this chart, ready to copy. The frame's
 * address is this site's, as the browser knows it (or SITE_URL, before scripts run).
 */
export function EmbedCode({
  path,
  title,
  height,
  siteOrigin,
}: {
  path: string;
  title: string;
  height: number;
  siteOrigin: string | null;
}) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => siteOrigin,
  );
  if (!origin) return null;
  const snippet = embedSnippet({ src: `${origin}${path}`, title, height });
  return (
    <details className="embed-code">
      <summary>Embed this chart</summary>
      <label htmlFor={id}>
        Paste this into your page; the frame takes the height of its content.
      </label>
      <textarea
        id={id}
        readOnly
        rows={5}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard.writeText(snippet);
          setCopied(true);
        }}
      >
        {copied ? 'Copied' : 'Copy the code'}
      </button>
    </details>
  );
}
