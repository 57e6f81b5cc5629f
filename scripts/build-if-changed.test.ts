import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildStatus, recordBuild } from "./build-if-changed.mjs";

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
/** What `next build` leaves, and what build-if-changed records after it. */
const build = (id: string) => {
  write(".next/BUILD_ID", id);
  recordBuild(buildStatus(root, {}).hash, root);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "waymark-build-stamp-"));
  write("app/page.tsx", "export default function Page() {}\n");
  write("package-lock.json", "{}\n");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("whether npm start must build", () => {
  it("builds when .next/ holds no build", () => {
    expect(buildStatus(root, {})).toMatchObject({ fresh: false, reason: "there is no build in .next/ yet" });
  });

  it("skips the build while the sources are unchanged", () => {
    build("a");
    expect(buildStatus(root, {})).toMatchObject({ fresh: true });
    expect(buildStatus(root, {}).reason).toMatch(/^the sources are unchanged since the last build/);
  });

  it("builds again after a source file, the lockfile or a NEXT_PUBLIC_ variable changed", () => {
    build("a");
    write("app/page.tsx", "export default function Page() { return null; }\n");
    expect(buildStatus(root, {}).reason).toMatch(/^the sources changed since the last build/);

    build("b");
    write("package-lock.json", '{"next":"17"}\n');
    expect(buildStatus(root, {}).fresh).toBe(false);

    build("c");
    expect(buildStatus(root, { NEXT_PUBLIC_FLAG: "on" }).fresh).toBe(false);
  });

  it("ignores tests and generated files, which the build does not read", () => {
    build("a");
    write("app/page.test.ts", "it('x', () => {});\n");
    write("prisma/generated/client.ts", "export {};\n");
    expect(buildStatus(root, {}).fresh).toBe(true);
  });

  it("builds when another command replaced the build since", () => {
    build("a");
    write(".next/BUILD_ID", "someone-else");
    expect(buildStatus(root, {}).reason).toBe("the build in .next/ was made by another command since");
  });

  it("REBUILD=1 forces a build; REBUILD=0 keeps any build", () => {
    build("a");
    expect(buildStatus(root, { REBUILD: "1" }).fresh).toBe(false);
    write("app/page.tsx", "changed\n");
    expect(buildStatus(root, { REBUILD: "0" }).fresh).toBe(true);
  });
});
