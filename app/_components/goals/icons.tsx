import {
  Archive,
  ArchiveRestore,
  Calendar,
  Check,
  ChevronDown,
  ChevronUp,
  Clock,
  Flag,
  type LucideIcon,
  Pencil,
  Plus,
  Trash2,
  UserPlus,
} from "lucide-react";

// The goal pages' small icons, by name (lucide-react; currentColor, decorative).
const icons = {
  plus: Plus,
  up: ChevronUp,
  down: ChevronDown,
  pencil: Pencil,
  trash: Trash2,
  archive: Archive,
  calendar: Calendar,
  flag: Flag,
  check: Check,
  userPlus: UserPlus,
  clock: Clock,
  restore: ArchiveRestore,
} satisfies Record<string, LucideIcon>;

export type IconName = keyof typeof icons;

export function Icon({ name, className = "size-4" }: { name: IconName; className?: string }) {
  const Glyph = icons[name];
  return <Glyph aria-hidden className={className} />;
}
