import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { BUILD_INPUTS, buildFingerprint, recordedFingerprint, recordFingerprint } from "../../scripts/build-fingerprint.mts";

let root = "";
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "fixpath-fingerprint-"));
  for (const entry of ["content", "lib", "package-lock.json", "next.config.mjs"]) cpSync(join(process.cwd(), entry), join(root, entry), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("the build fingerprint that npm start compares", () => {
  test("is the same for the same sources and environment", () => {
    expect(buildFingerprint(root, {})).toBe(buildFingerprint(root, {}));
  });

  test("changes when content, code, the lock file or the edition changes", () => {
    const before = buildFingerprint(root, {});
    appendFileSync(join(root, "content/README-extra.mdx"), "x");
    const afterContent = buildFingerprint(root, {});
    expect(afterContent).not.toBe(before);
    appendFileSync(join(root, "lib/site.ts"), "\n");
    expect(buildFingerprint(root, {})).not.toBe(afterContent);
    const afterLib = buildFingerprint(root, {});
    appendFileSync(join(root, "package-lock.json"), "\n");
    expect(buildFingerprint(root, {})).not.toBe(afterLib);
    expect(buildFingerprint(root, { FIXPATH_EDITION: "agent" })).not.toBe(buildFingerprint(root, {}));
  });

  test("ignores what the build does not read: tests, docs, scripts", () => {
    const before = buildFingerprint(root, {});
    for (const dir of ["tests", "docs", "scripts"]) {
      expect(BUILD_INPUTS).not.toContain(dir);
      mkdirSync(join(root, dir));
      writeFileSync(join(root, dir, "note.md"), "changed");
    }
    expect(buildFingerprint(root, {})).toBe(before);
  });

  test("is only read back from a folder that holds a finished build", () => {
    const dist = join(root, ".next");
    mkdirSync(dist);
    recordFingerprint(dist, "abc");
    expect(recordedFingerprint(dist)).toBeUndefined();
    writeFileSync(join(dist, "BUILD_ID"), "x");
    expect(recordedFingerprint(dist)).toBe("abc");
  });
});
