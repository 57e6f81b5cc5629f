import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvCell, type ExportGoal, exportFilename, goalsCsv, toCsv } from "./goals-csv.ts";

describe("csvCell", () => {
  it("writes plain text and numbers as they are, nothing for null", () => {
    expect(csvCell("Launch the beta")).toBe("Launch the beta");
    expect(csvCell(3)).toBe("3");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("quotes fields with commas, quotes or line breaks, doubling the quotes", () => {
    expect(csvCell("Hire, train")).toBe('"Hire, train"');
    expect(csvCell('The "big" one')).toBe('"The ""big"" one"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\rlf")).toBe('"cr\rlf"');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("-5 churn")).toBe("'-5 churn");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("leaves numbers alone, negative ones too", () => {
    expect(csvCell(-5)).toBe("-5");
  });
});

describe("toCsv", () => {
  it("ends every line with CRLF", () => {
    expect(toCsv([["a", 1], ["b,c", null]])).toBe('a,1\r\n"b,c",\r\n');
    expect(toCsv([])).toBe("");
  });
});

describe("goalsCsv", () => {
  const goal: ExportGoal = {
    title: "Grow, fast",
    ownerName: "Dana",
    outcome: null,
    progress: 0.5,
    expected: 0.25,
    health: "ON_TRACK",
    startDate: "2026-01-01",
    targetDate: "2026-12-31",
    parentTitle: "=Company",
    milestones: [
      { title: "Beta", ownerName: "Lee", helperNames: ["Ana", "Bo, Jr."], state: "DONE", dueDate: "2026-03-01", baselineDueDate: "2026-02-01", slipCount: 1 },
      { title: "GA", ownerName: null, helperNames: [], state: "MISSED", dueDate: "2026-04-01", baselineDueDate: "2026-04-01", slipCount: 0 },
    ],
  };

  it("writes a BOM and header, then each goal followed by its milestones", () => {
    const csv = goalsCsv([goal, { ...goal, title: "Closed", outcome: "PARTIALLY_ACHIEVED", expected: null, health: null, parentTitle: null, milestones: [] }]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toEqual([
      CSV_COLUMNS.join(","),
      'Goal,"Grow, fast",,Dana,,Open,50%,25%,On track,2026-01-01,2026-12-31,,,\'=Company',
      'Milestone,"Grow, fast",Beta,Lee,"Ana; Bo, Jr.",Done,100%,,,,2026-03-01,2026-02-01,1,',
      'Milestone,"Grow, fast",GA,,,Missed,0%,,,,2026-04-01,2026-04-01,0,',
      "Goal,Closed,,Dana,,Partially achieved,50%,,,2026-01-01,2026-12-31,,,",
      "",
    ]);
  });

  it("is just the header without goals", () => {
    expect(goalsCsv([])).toBe(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`);
  });
});

describe("exportFilename", () => {
  it("names the organization and the day", () => {
    expect(exportFilename("acme", "2026-11-26")).toBe("acme-goals-2026-11-26.csv");
  });
});
