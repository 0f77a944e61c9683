import type { SupportLevel } from '@/lib/dataset/vocabulary';
import { supportLabels } from '@/lib/format';

/** "one source" beside a figure or event on thin support; nothing for a corroborated one. */
export function SupportBadge({ support }: { support: SupportLevel }) {
  const label = supportLabels[support];
  return label ? (
    <span className="support-badge" data-support={support}>
      {label}
    </span>
  ) : null;
}
