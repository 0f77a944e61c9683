import type { ReciprocityView } from '@/lib/reciprocity/address';

/** The ledger's years and kind, as a plain GET form; the proposal's number rides along. */
export function LedgerFilters({
  view,
  kinds,
  kindLabel,
}: {
  view: ReciprocityView;
  kinds: readonly string[];
  kindLabel: (kind: string) => string;
}) {
  return (
    <form method="get" action="/reciprocity" className="ledger-filters">
      <label>
        From{' '}
        <input name="from" type="number" min={1900} max={2100} defaultValue={view.from ?? ''} />
      </label>
      <label>
        to <input name="to" type="number" min={1900} max={2100} defaultValue={view.to ?? ''} />
      </label>
      <label>
        Kind of measure{' '}
        <select name="kind" defaultValue={view.kind ?? ''}>
          <option value="">Any</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
        </select>
      </label>
      <input type="hidden" name="readmit" value={view.readmit} />
      <button type="submit">Show</button>
    </form>
  );
}
