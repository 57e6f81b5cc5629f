import { useEffect, useState } from "react";

/** IANA time zones for a select, UTC first. */
export function timeZoneOptions(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return ["UTC", ...zones.filter((z) => z !== "UTC")];
}

/** "America/Argentina/Buenos_Aires" -> "America / Argentina / Buenos Aires". */
export function timeZoneLabel(zone: string) {
  return zone.replaceAll("_", " ").replaceAll("/", " / ");
}

/**
 * The zone list and the browser's own zone, read after hydration (the server's ICU data can differ
 * from the browser's, which would make the server-rendered options mismatch). `keep` stays listed.
 */
export function useTimeZones(keep?: string) {
  const [state, setState] = useState<{ zones: string[]; local?: string }>({ zones: ["UTC"] });
  useEffect(() => {
    let local: string | undefined;
    try {
      local = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      local = undefined;
    }
    setState({ zones: timeZoneOptions(), local });
  }, []);
  const zones = keep && !state.zones.includes(keep) ? [...state.zones, keep] : state.zones;
  return { zones, localZone: state.local && zones.includes(state.local) ? state.local : undefined };
}
