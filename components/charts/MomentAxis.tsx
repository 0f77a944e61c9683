'use client';

import Link from 'next/link';
import { useLayoutEffect, useRef, useState } from 'react';
import { useElementWidth } from '@/components/useElementWidth';
import { formatDate } from '@/lib/format';
import { placeLabels } from '@/lib/chart/lanes';
import { fractionOf } from '@/lib/chart/axis';
import type { Moment } from '@/lib/staffing/types';

// Before the labels are measured (first paint): a width from their length.
const estimatedCharPx = 6.5;
const laneRem = 1.5;

/**
 * The moments that explain a step, marked on the time axis and labelled underneath. Labels
 * are measured as laid out and stacked in lanes, so none overlaps another at any width;
 * each is a link to its event (or focusable text), so the keyboard reaches every one.
 */
export function MomentAxis({
  moments,
  domain,
  plotLeft,
  plotRight,
}: {
  moments: Moment[];
  domain: [number, number];
  plotLeft: number;
  plotRight: number;
}) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const labelRefs = useRef<(HTMLElement | null)[]>([]);
  const [widths, setWidths] = useState<number[]>([]);
  useLayoutEffect(() => {
    const measured = labelRefs.current.map((el) => el?.offsetWidth ?? 0);
    if (measured.some((w, i) => w !== widths[i])) setWidths(measured);
  }, [moments, width, widths]);

  if (!moments.length) return null;
  const positions = moments.map((m) => fractionOf(m.t, domain));
  const placed = placeLabels(
    moments.map((m, i) => ({
      at: positions[i]! * (width || 1000),
      width: widths[i] || m.label.length * estimatedCharPx,
    })),
    width || 1000,
  );
  const lanes = Math.max(0, ...placed.map((p) => p.lane)) + 1;
  return (
    <div
      ref={ref}
      className="moment-axis"
      style={{
        marginLeft: plotLeft,
        marginRight: plotRight,
        height: `${lanes * laneRem + 0.6}rem`,
      }}
      role="group"
      aria-label="Moments that explain the record"
    >
      {moments.map((moment, i) => {
        const { left, lane } = placed[i]!;
        const title = `${formatDate(moment.date, moment.precision)}: ${moment.label}`;
        // A link to the moment's event, or focusable text when it stands for none.
        const labelProps = {
          className: 'moment-label',
          title,
          style: { left, top: `${lane * laneRem + 0.5}rem` },
          ref: (el: HTMLElement | null) => void (labelRefs.current[i] = el),
          children: <span className="moment-text">{moment.label}</span>,
        };
        return (
          <span key={moment.id} className="moment" data-moment-id={moment.id}>
            <span
              className="moment-tick"
              style={{ left: `${positions[i]! * 100}%`, height: `${lane * laneRem + 0.5}rem` }}
              aria-hidden="true"
            />
            {moment.eventId ? (
              <Link href={`/events/${moment.eventId}`} {...labelProps} />
            ) : (
              <span tabIndex={0} {...labelProps} />
            )}
          </span>
        );
      })}
    </div>
  );
}
