/**
 * A week's cell: its words (never colour alone) and its tint. Load is open work over capacity
 * (1 = fully booked); null means away the whole week with work due in it.
 */
export function workloadCell(load: number | null, overallocated: boolean) {
  if (load === null) return { text: "Away", tone: "bg-amber-100 text-amber-900" };
  const text = `${Math.round(load * 100)}%`;
  if (overallocated) return { text, tone: "bg-red-100 text-red-800 font-semibold" };
  if (load >= 0.75) return { text, tone: "bg-amber-50 text-amber-900" };
  if (load > 0) return { text, tone: "bg-emerald-50 text-emerald-900" };
  return { text: "–", tone: "text-slate-400" };
}
