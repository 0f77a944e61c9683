import type { HeadcountScope } from '@/lib/dataset/vocabulary';
import { scopeMarks } from '@/lib/staffing/scope-marks';

/** A figure's mark: the shape of its scope, filled, or hollow for an estimate. */
export function ScopeMark({
  scope,
  hollow = false,
  className,
  style,
}: {
  scope: HeadcountScope;
  hollow?: boolean;
  className?: string;
  style?: React.CSSProperties;
}) {
  return (
    <svg
      viewBox="0 0 10 10"
      className={className}
      style={style}
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={scopeMarks[scope].path}
        fill={hollow ? 'var(--bg)' : 'currentColor'}
        stroke="currentColor"
        strokeWidth={1.6}
      />
    </svg>
  );
}
