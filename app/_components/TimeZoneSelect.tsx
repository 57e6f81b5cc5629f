"use client";

import { Select } from "./fields";
import { timeZoneLabel, useTimeZones } from "./time-zones";

/** The organization's time zone: every IANA zone, with a one-click "Use <the browser's zone>". */
export function TimeZoneSelect({ value, onChange, error }: { value: string; onChange: (zone: string) => void; error?: string }) {
  const { zones, localZone } = useTimeZones(value);
  return (
    <Select
      label="Time zone"
      name="timeZone"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      description={
        <>
          Due dates and &ldquo;overdue&rdquo; are judged in this zone.
          {localZone && localZone !== value ? (
            <>
              {" "}
              <button
                type="button"
                className="font-medium text-indigo-700 underline-offset-2 hover:underline"
                onClick={() => onChange(localZone)}
              >
                Use {timeZoneLabel(localZone)}
              </button>
            </>
          ) : null}
        </>
      }
    >
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {timeZoneLabel(zone)}
        </option>
      ))}
    </Select>
  );
}
