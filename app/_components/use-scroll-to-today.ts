"use client";

import { useLayoutEffect, useRef } from "react";

/**
 * For a timeline wider than its box (phones): start it scrolled so that today sits just right of
 * the sticky title column, instead of showing months long past. `fraction`: today's place on the
 * axis, 0..1 (null when today is off the axis); `labelsVar`: the CSS variable holding the title
 * column's width in rem; `inset`: the axis's own margin on each side, in rem.
 */
export function useScrollToToday(fraction: number | null, labelsVar: string, inset = 0) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || fraction === null || el.scrollWidth <= el.clientWidth) return;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const labels = (parseFloat(getComputedStyle(el.firstElementChild ?? el).getPropertyValue(labelsVar)) || 0) * rem;
    const axis = el.scrollWidth - labels - 2 * inset * rem;
    // Today a little right of the title column, so the month labels before it stay readable.
    el.scrollLeft = Math.max(0, inset * rem + fraction * axis - 3 * rem);
  }, [fraction, labelsVar, inset]);
  return ref;
}
