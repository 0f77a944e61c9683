import { searchRecords, type DeskQuery } from '@/db/queries/desk';
import { recordEntities, recordNouns, recordPage } from '@/lib/corrections/record';
import { editHref } from '@/lib/editing/address';

/** Find a record to correct: a GET form (works without JavaScript) and its results, each with an Edit link. */
export function DeskSearch({ query, countries }: { query: DeskQuery | null; countries: string[] }) {
  const hits = query ? searchRecords(query) : [];
  return (
    <section aria-labelledby="desk-search">
      <h2 id="desk-search">Find a record</h2>
      <form method="get" action="/admin" className="desk-search" role="search">
        <label>
          Text or id
          <input name="find" type="search" defaultValue={query?.text ?? ''} />
        </label>
        <label>
          Kind
          <select name="entity" defaultValue={query?.entity ?? ''}>
            <option value="">any</option>
            {recordEntities.map((entity) => (
              <option key={entity} value={entity}>
                {recordNouns[entity]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Country
          <select name="country" defaultValue={query?.country ?? ''}>
            <option value="">any</option>
            {countries.map((code) => (
              <option key={code}>{code}</option>
            ))}
          </select>
        </label>
        <label>
          From
          <input
            name="from"
            placeholder="YYYY[-MM[-DD]]"
            defaultValue={query?.from ?? ''}
            size={10}
          />
        </label>
        <label>
          To
          <input
            name="to"
            placeholder="YYYY[-MM[-DD]]"
            defaultValue={query?.to?.replace('\uffff', '') ?? ''}
            size={10}
          />
        </label>
        <button type="submit">Find</button>
      </form>
      {query &&
        (hits.length ? (
          <div className="table-scroll">
            <table className="data-table">
              <caption>{hits.length} record(s) found (at most 25 of each kind)</caption>
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col">Date</th>
                  <th scope="col">Record</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {hits.map((hit) => {
                  const page = recordPage(hit);
                  return (
                    <tr key={`${hit.entity}:${hit.id}`}>
                      <td>{recordNouns[hit.entity]}</td>
                      <td>{hit.date ?? '—'}</td>
                      <td>
                        {page ? <a href={page}>{hit.label}</a> : hit.label}{' '}
                        <code className="source">{hit.id}</code>
                      </td>
                      <td>
                        <a href={editHref(hit.entity, hit.id)}>
                          Edit<span className="visually-hidden"> {hit.id}</span>
                        </a>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <p role="status">No record matches. Try fewer words, or another kind or period.</p>
        ))}
    </section>
  );
}
