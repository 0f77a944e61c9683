/** The stripes that mark a suspended post, in its side's colour; referenced as url(#hatch-<side>). */
export function HatchPattern({ side }: { side: string }) {
  return (
    <pattern
      id={`hatch-${side}`}
      width="4"
      height="4"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="4" height="4" className="hatch-ground" />
      <rect width="2" height="4" className={`hatch-stripe side-${side}`} />
    </pattern>
  );
}
