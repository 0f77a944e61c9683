import type { ReactNode } from 'react';
import { imageColors } from '@/lib/chart/image-colors';
import { formatDataDate } from '@/lib/format';

export const previewSize = { width: 1200, height: 630 };

/**
 * A preview image (Open Graph, and the PNG download): title, what it shows, the body, and
 * the source line with the date of the data. Drawn by next/og (satori), which lays out
 * with flexbox only: every box with more than one child says so.
 */
export function PreviewFrame({
  title,
  subtitle,
  changedAt,
  children,
}: {
  title: string;
  subtitle: string;
  /** When the data last changed: the image says how current it is. */
  changedAt: Date | null;
  children: ReactNode;
}) {
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        height: '100%',
        padding: '40px 48px 28px',
        background: imageColors.bg,
        color: imageColors.fg,
        fontSize: 24,
      }}
    >
      <div style={{ display: 'flex', fontSize: 44, fontWeight: 700 }}>{title}</div>
      <div style={{ display: 'flex', color: imageColors.muted, marginTop: 6 }}>{subtitle}</div>
      <div style={{ display: 'flex', flexGrow: 1, position: 'relative', marginTop: 24 }}>
        {children}
      </div>
      <div style={{ display: 'flex', color: imageColors.muted, fontSize: 20, marginTop: 16 }}>
        {`Diplomatic Staffing Tracker · every figure cites its source · data as of ${formatDataDate(changedAt)}`}
      </div>
    </div>
  );
}
