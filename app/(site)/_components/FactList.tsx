/** A record's facts as a definition list: a term and its value on each line. */
export function FactList({ facts }: { facts: [string, React.ReactNode][] }) {
  return (
    <dl className="fact-list">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
