import { describe, expect, it } from "vitest";
import { createSavedViewInput, savedViewFiltersSchema } from "./saved-view.ts";

describe("saved view input", () => {
  it("fills the filters' defaults", () => {
    expect(savedViewFiltersSchema.parse({ health: "AT_RISK" })).toEqual({ owner: null, parent: null, health: "AT_RISK", window: "ALL" });
  });

  it("refuses unknown filter keys and values", () => {
    expect(savedViewFiltersSchema.safeParse({ colour: "red" }).success).toBe(false);
    expect(savedViewFiltersSchema.safeParse({ health: "GREAT" }).error!.issues[0]!.path).toEqual(["health"]);
  });

  it("names the field of a missing or too long name", () => {
    expect(createSavedViewInput.safeParse({ name: "  ", filters: {} }).error!.issues[0]!.path).toEqual(["name"]);
    expect(createSavedViewInput.safeParse({ name: "x".repeat(81), filters: {} }).error!.issues[0]!.path).toEqual(["name"]);
    expect(createSavedViewInput.parse({ name: " At risk ", filters: {} })).toMatchObject({ name: "At risk", shared: false });
  });
});
