import { dayNumber, plusDays } from "./calendar.ts";
import { todayIn } from "./dates.ts";

// When the weekly digest goes out (issue #10 §4): Monday morning in the organization's time zone.
// Pure: the hourly schedule-digests job (server/jobs) asks it for each organization.
//
// Due from DIGEST_HOUR on Monday until that Monday ends, not in one exact hour: the job runs
// hourly, and a server down at 08:00 (or a job delayed past 09:00) must not skip the week. Asking
// again later that Monday is harmless because each digest is keyed by person, organization and
// week (the job key and EmailMessage.dedupeKey `digest:<userId>:<orgId>:<weekStart>`).

/** The local hour (0–23) from which Monday's digest goes out. */
export const DIGEST_HOUR = 8;

export interface DigestTime {
  /** The digest is due now. */
  due: boolean;
  /** The Monday ("YYYY-MM-DD", local) of the week `now` falls in: the digest's week and key. */
  weekStart: string;
}

// Monday = 0 … Sunday = 6 of a calendar day; 1970-01-01 was a Thursday (3).
const weekdayFromMonday = (day: string) => (((dayNumber(day) + 3) % 7) + 7) % 7;

const hourFormatters = new Map<string, Intl.DateTimeFormat>();
function localHour(timeZone: string, now: Date): number {
  let formatter = hourFormatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" });
    } catch {
      formatter = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", hour: "2-digit", hourCycle: "h23" });
    }
    hourFormatters.set(timeZone, formatter);
  }
  return Number(formatter.format(now));
}

/** Whether `now` is digest time in `timeZone` (an IANA zone; unknown zones count as UTC, as for due dates). */
export function digestTime(now: Date, timeZone: string): DigestTime {
  const today = todayIn(timeZone, now);
  const weekday = weekdayFromMonday(today);
  const weekStart = plusDays(today, -weekday);
  return { due: weekday === 0 && localHour(timeZone, now) >= DIGEST_HOUR, weekStart };
}
