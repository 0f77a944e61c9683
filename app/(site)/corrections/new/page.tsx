import type { Metadata } from 'next';
import Link from 'next/link';
import { describeRecord } from '@/db/queries/records';
import {
  correctionFieldLimits as limits,
  correctionRecord,
  honeypotField,
  recordName,
  recordNouns,
  recordPage,
} from '@/lib/corrections/record';
import { singleParam, type PageParams } from '@/lib/page-params';

export const metadata: Metadata = {
  title: 'Suggest a correction',
  robots: { index: false },
};

/** What the form says when the server sent it back (app/api/corrections/route.ts). */
function refusalMessage(refused: string): string {
  if (refused === 'too_many') {
    return 'Too many corrections have come from your address in the last hour. Please try again later; your text is still in the form if you go back.';
  }
  const fields = refused.split(',').filter(Boolean);
  const labels: Record<string, string> = {
    problem: 'what is wrong',
    correct_value: 'the correct value',
    source_url: 'the source address',
    contact: 'the contact',
    record: 'the record',
  };
  const named = fields.flatMap((f) => (labels[f] ? [labels[f]] : []));
  return named.length
    ? `The correction was not kept: check ${named.join(', ')}. Go back to keep what you wrote.`
    : 'The correction was not kept. Go back to keep what you wrote, and try again.';
}

/**
 * The readers' correction form: a plain HTML form, so that it works without JavaScript;
 * the server keeps only what it asks for (db/corrections.ts).
 */
export default async function NewCorrectionPage({
  searchParams,
}: {
  searchParams: Promise<PageParams>;
}) {
  const params = await searchParams;
  const record = correctionRecord(singleParam(params, 'record') ?? '');
  const refused = singleParam(params, 'refused');
  const described = record && describeRecord(record);
  if (!record || !described) {
    return (
      <main>
        <h1>Suggest a correction</h1>
        <p>
          This address does not name a record. Use the “Suggest a correction” link beside the figure
          or event you want to correct, or browse the <Link href="/events">events</Link>.
        </p>
      </main>
    );
  }
  const page = recordPage(record);
  return (
    <main className="correction-page">
      <h1>Suggest a correction</h1>
      <p className="lede">
        To the {recordNouns[record.entity]}{' '}
        {page ? (
          <Link href={page} prefetch={false}>
            {described}
          </Link>
        ) : (
          <q>{described}</q>
        )}
      </p>
      {refused !== undefined && (
        <p role="alert" className="field-error">
          {refusalMessage(refused)}
        </p>
      )}
      <form method="post" action="/api/corrections" className="editor-form correction-form">
        <input type="hidden" name="record" value={recordName(record)} />
        <div className="editor-field">
          <label htmlFor="correction-problem">What is wrong</label>
          <textarea
            id="correction-problem"
            name="problem"
            required
            maxLength={limits.problem}
            rows={4}
          />
        </div>
        <div className="editor-field">
          <label htmlFor="correction-value">The correct value</label>
          <textarea
            id="correction-value"
            name="correct_value"
            required
            maxLength={limits.correct_value}
            rows={2}
          />
        </div>
        <div className="editor-field">
          <label htmlFor="correction-source">A source that shows it (address)</label>
          <input
            id="correction-source"
            name="source_url"
            type="url"
            maxLength={limits.source_url}
            placeholder="https://"
          />
        </div>
        <div className="editor-field">
          <label htmlFor="correction-contact">Your contact, if we may ask you (optional)</label>
          <input
            id="correction-contact"
            name="contact"
            maxLength={limits.contact}
            autoComplete="email"
            aria-describedby="correction-contact-hint"
          />
          <span id="correction-contact-hint" className="source">
            Seen by the editors only, never published.
          </span>
        </div>
        {/* Left empty by people, who never see it; filled by bots, which are refused. */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor="correction-website">Website</label>
          <input id="correction-website" name={honeypotField} tabIndex={-1} autoComplete="off" />
        </div>
        <button type="submit">Send the correction</button>
      </form>
      <p className="source">
        You will get a reference and a page that shows what the editors decided. Nothing else about
        you is kept.
      </p>
    </main>
  );
}
