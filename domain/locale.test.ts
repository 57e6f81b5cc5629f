import { describe, expect, it } from "vitest";
import { documentLang, pickLocale, usableLocale } from "./locale.ts";

describe("the viewer's locale from Accept-Language", () => {
  it("takes the first tag, by weight then order", () => {
    expect(pickLocale("en-GB,en;q=0.9")).toBe("en-GB");
    expect(pickLocale("fr;q=0.5, de-DE;q=0.8, en-US;q=0.7")).toBe("de-DE");
    expect(pickLocale("en-gb")).toBe("en-GB");
  });

  it("skips what cannot be used, and falls back to en-US", () => {
    expect(pickLocale("*, not a tag!!, de-AT;q=0")).toBe("en-US");
    expect(pickLocale("zz-ZZ, en-GB;q=0.1")).toBe("en-GB");
    expect(pickLocale(null)).toBe("en-US");
    expect(pickLocale("")).toBe("en-US");
    expect(pickLocale(`${"x,".repeat(100_000)}en-GB`)).toBe("en-US");
    expect(usableLocale(undefined)).toBeNull();
  });

  it("keeps the page's language English: only the dates follow another language", () => {
    expect(documentLang("en-GB")).toBe("en-GB");
    expect(documentLang("de-DE")).toBe("en");
  });
});
