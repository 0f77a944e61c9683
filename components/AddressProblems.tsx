/**
 * What could not be read in a page's address, and what the page did instead: a bad
 * parameter is reported and left out, never an error page.
 */
export function AddressProblems({ problems, outcome }: { problems: string[]; outcome: string }) {
  if (!problems.length) return null;
  return (
    <div role="alert" className="notice">
      <p>Part of this address could not be read, so {outcome}:</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
