import { describe, expect, it } from "vitest";
import { dashboardSearch, isFiltered, readDashboardParams } from "./dashboard-url";

describe("dashboard URL", () => {
  it("reads a bookmarked filter back", () => {
    const params = readDashboardParams(new URLSearchParams("owner=VXNlcjox&health=AT_RISK&parent=R29hbDo5&window=THIS_QUARTER"));
    expect(params).toEqual({ owner: "VXNlcjox", health: "AT_RISK", parent: "R29hbDo5", window: "THIS_QUARTER" });
    expect(dashboardSearch(params)).toBe("?owner=VXNlcjox&health=AT_RISK&parent=R29hbDo5&window=THIS_QUARTER");
  });

  it("drops unknown health and window values instead of sending them to the API", () => {
    const params = readDashboardParams(new URLSearchParams("health=GREAT&window=FOREVER&owner="));
    expect(params).toEqual({ owner: null, health: null, parent: null, window: "ALL" });
    expect(isFiltered(params)).toBe(false);
    expect(dashboardSearch(params)).toBe("");
  });

  it("leaves the default window out of the URL", () => {
    expect(dashboardSearch({ owner: null, parent: null, health: "OFF_TRACK", window: "ALL" })).toBe("?health=OFF_TRACK");
  });
});
