import 'server-only';
import { randomInt } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { httpUrl } from '@/lib/dataset/fields';
import { correctionFieldLimits, correctionRecord, type RecordRef } from '@/lib/corrections/record';
import type { Db, Tx } from './connection';
import { corrections } from './schema';
import { findRecord } from './table-keys';

/** Text a reader types: no control characters but line breaks and tabs in the longer fields. */
function readerText(max: number, { lines = false, required = true } = {}) {
  const controls = lines
    ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
    : /[\u0000-\u001f\u007f]/;
  return z
    .string()
    .transform((text) => text.trim())
    .pipe(
      z
        .string()
        .min(required ? 1 : 0, { error: 'this field is required' })
        .max(max, { error: `at most ${max} characters` })
        .refine((text) => !controls.test(text), { error: 'control characters are not allowed' }),
    );
}

const submission = z.object({
  record: z.string().transform((value, ctx) => {
    const record = correctionRecord(value);
    if (!record) {
      ctx.addIssue({ code: 'custom', message: 'expected a record such as events:<id>' });
      return z.NEVER;
    }
    return record;
  }),
  problem: readerText(correctionFieldLimits.problem, { lines: true }),
  correct_value: readerText(correctionFieldLimits.correct_value, { lines: true }),
  source_url: readerText(correctionFieldLimits.source_url, { required: false }).pipe(
    z.union([z.literal(''), httpUrl]),
  ),
  contact: readerText(correctionFieldLimits.contact, { required: false }),
});

export type CorrectionIssue = { field: string; message: string };
export type Submitted = { ok: true; reference: string } | { ok: false; issues: CorrectionIssue[] };

/** Eight characters of Crockford's base 32 (no I, L, O, U), as two groups: 40 random bits. */
function newReference(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const chars = Array.from({ length: 8 }, () => alphabet[randomInt(alphabet.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/**
 * Keeps a reader's correction: the fields asked for, and nothing else (no address, no
 * browser); the record must exist. Returns the reference the reader is given.
 */
export function submitCorrection(db: Db, fields: Record<string, unknown>): Submitted {
  // A field left out is an empty one; a field not asked for is dropped.
  const asked = Object.keys(submission.shape).map((field) => [field, fields[field] ?? '']);
  const parsed = submission.safeParse(Object.fromEntries(asked));
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        field: String(issue.path[0] ?? ''),
        message: issue.message,
      })),
    };
  }
  const { record, problem, correct_value, source_url, contact } = parsed.data;
  if (!findRecord(db, record.entity, record.id)) {
    return { ok: false, issues: [{ field: 'record', message: 'no such record' }] };
  }
  const reference = newReference();
  db.insert(corrections)
    .values({
      reference,
      entity: record.entity,
      entityId: record.id,
      problem,
      correctValue: correct_value,
      sourceUrl: source_url || null,
      contact: contact || null,
      submittedAt: new Date().toISOString(),
    })
    .run();
  return { ok: true, reference };
}

export function getCorrection(db: Db, reference: string) {
  return db.select().from(corrections).where(eq(corrections.reference, reference)).get() ?? null;
}

/** The queue editors work through: open corrections, oldest first. */
export function listOpenCorrections(db: Db) {
  return db
    .select()
    .from(corrections)
    .where(eq(corrections.status, 'open'))
    .orderBy(asc(corrections.id))
    .all();
}

/** Rejects an open correction with the reason the reader will read. */
export function rejectCorrection(db: Db, reference: string, editor: string, reason: string) {
  return (
    db
      .update(corrections)
      .set({ status: 'rejected', decidedAt: new Date().toISOString(), decidedBy: editor, reason })
      .where(and(eq(corrections.reference, reference), eq(corrections.status, 'open')))
      .run().changes > 0
  );
}

/**
 * Marks an open correction of this record accepted by a write in progress; returns its id
 * for the audit row, or null if there is no such open correction of this record.
 */
export function acceptCorrection(
  tx: Tx,
  reference: string,
  record: RecordRef,
  editor: string,
): number | null {
  const row = tx
    .update(corrections)
    .set({ status: 'accepted', decidedAt: new Date().toISOString(), decidedBy: editor })
    .where(
      and(
        eq(corrections.reference, reference),
        eq(corrections.status, 'open'),
        eq(corrections.entity, record.entity),
        eq(corrections.entityId, record.id),
      ),
    )
    .returning({ id: corrections.id })
    .get();
  return row?.id ?? null;
}
