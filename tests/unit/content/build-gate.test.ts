import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { checkContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problem";

// `next build` loads next.config.mjs with the build phase first; that is where it runs the check.
const root = mkdtempSync(join(tmpdir(), "fixpath-gate-"));
cpSync(join(process.cwd(), "content"), join(root, "content"), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

function loadConfigForBuild() {
  const script = `import("${join(process.cwd(), "next.config.mjs")}").then((m) => { m.default("phase-production-build"); console.log("config loaded"); })`;
  // npm test builds with a site URL (FIXPATH_SITE_URL); without one the config stops before the content gate.
  const env: NodeJS.ProcessEnv = { FIXPATH_SITE_URL: "http://localhost:3000", ...process.env, FIXPATH_CONTENT_ROOT: root, FIXPATH_EDITION: "customer" };
  delete env.FIXPATH_COMPILED_TMP;
  return spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: process.cwd(), env, encoding: "utf8" });
}

describe("next build's content gate", () => {
  test("stops the build on exactly the errors content:check reports", () => {
    const file = join(root, "content/wxm/dispatch-paused.mdx");
    writeFileSync(file, readFileSync(file, "utf8").replace("## Remedy", "{process.env.FIXPATH_AGENT_PASSWORD}\n\n<Warnng>x</Warnng>\n\n## Remedy"));
    const run = loadConfigForBuild();
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain("config loaded");
    const printed = run.stderr.split("\n").filter((l) => l.startsWith("content/"));
    const checked = checkContent(root, "customer").problems.filter((p) => p.severity === "error").map(formatProblem);
    expect(checked.length).toBe(2);
    expect(printed).toEqual(checked);
  });
});
