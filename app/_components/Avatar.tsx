import { cx } from "./cx";

const palette = [
  "bg-indigo-100 text-indigo-700",
  "bg-sky-100 text-sky-700",
  "bg-emerald-100 text-emerald-700",
  "bg-amber-100 text-amber-800",
  "bg-rose-100 text-rose-700",
  "bg-violet-100 text-violet-700",
  "bg-teal-100 text-teal-700",
];

export function initials(name: string) {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? parts[0]![0]! + parts[parts.length - 1]![0]! : (parts[0] ?? "?").slice(0, 2);
  return letters.toUpperCase();
}

function colourFor(name: string) {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return palette[Math.abs(hash) % palette.length];
}

/**
 * Initials in a coloured circle. With `decorative` it is hidden from assistive tech (use when the
 * name is printed next to it); otherwise it is an image named by the person's name.
 */
export function Avatar({
  name,
  size = "md",
  decorative = false,
  className,
}: {
  name: string;
  size?: "xs" | "sm" | "md" | "lg";
  decorative?: boolean;
  className?: string;
}) {
  const sizes = { xs: "size-6 text-[10px]", sm: "size-7 text-xs", md: "size-9 text-sm", lg: "size-11 text-base" };
  return (
    <span
      role={decorative ? undefined : "img"}
      aria-label={decorative ? undefined : name}
      aria-hidden={decorative || undefined}
      title={name}
      className={cx(
        "inline-flex shrink-0 items-center justify-center rounded-full font-semibold ring-2 ring-white",
        sizes[size],
        colourFor(name),
        className,
      )}
    >
      {initials(name)}
    </span>
  );
}
