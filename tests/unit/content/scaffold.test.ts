import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const repo = process.cwd();
const tsx = join(repo, "node_modules/.bin/tsx");
let root = "";
const file = () => join(root, "content/wxm/new-scaffolded-case.mdx");

function run(script: string, ...args: string[]) {
  const r = spawnSync(tsx, ["--tsconfig", join(repo, "tsconfig.json"), join(repo, "scripts", script), ...args], {
    cwd: repo,
    env: { ...process.env, FIXPATH_ROOT: root },
    encoding: "utf8",
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function checkAfter(edit: (source: string) => string) {
  const original = readFileSync(file(), "utf8");
  writeFileSync(file(), edit(original));
  try {
    return run("content-check.ts");
  } finally {
    writeFileSync(file(), original);
  }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "fixpath-scaffold-"));
  cpSync(join(repo, "content"), join(root, "content"), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("content:new", () => {
  test("refuses an unknown system, a malformed slug and an existing id with exit status 2", () => {
    expect(run("content-new.ts", "nope/thing")).toMatchObject({ status: 2, out: expect.stringContaining('unknown system "nope"') });
    expect(run("content-new.ts", "wxm/Bad_Slug")).toMatchObject({ status: 2, out: expect.stringContaining('malformed slug "Bad_Slug"') });
    expect(run("content-new.ts", "wxm/dispatch-paused")).toMatchObject({
      status: 2,
      out: expect.stringContaining('"wxm/dispatch-paused" already exists'),
    });
  });

  test("creates a scenario that passes content:check as it is", () => {
    expect(run("content-new.ts", "wxm/new-scaffolded-case")).toMatchObject({ status: 0 });
    const check = run("content-check.ts");
    expect(check.out).toContain("content ok: 5 systems, 41 scenarios");
    expect(check.status).toBe(0);
  });

  test("each way of breaking it fails content:check with the exact message", { timeout: 240_000 }, () => {
    const path = "content/wxm/new-scaffolded-case.mdx";
    const cases: Array<[string, (s: string) => string, string]> = [
      ["missing title", (s) => s.replace(/^title: .*\n/m, ""), `${path}: title: required field is missing`],
      ["unknown stage", (s) => s.replace("stage: api-rejected", "stage: nowhere"), `${path}: stage: unknown stage "nowhere": expected one of api-rejected, record-stopped, batch-failed, dispatch-skipped, token-not-created`],
      ["missing related", (s) => s.replace("related: []", "related: [wxm/nope]"), `${path}: related: "wxm/nope" does not exist`],
      ["no steps", (s) => s.replace(/<Steps>[\s\S]*<\/Steps>/, ""), `${path}: steps: no remedy steps: add <Steps> with at least one <Step id="...">`],
      ["empty step", (s) => s.replace("Replace this with the first thing to do.", ""), `${path}:39: steps: step "first-step" is empty: say what to do`],
      ["dead link", (s) => s.replace("Explain what happened", "See [this](/scenarios/wxm/gone). Explain what happened"), `${path}:33: links: dead internal link /scenarios/wxm/gone: link to a scenario or system that exists`],
      ["shared signature", (s) => s.replace(/signatures:\n  - .*\n/, "signatures:\n  - Dispatch is paused\n"), `${path}: signatures: "dispatch is paused" is also a signature of wxm/dispatch-paused: a paste of it is ambiguous`],
      ["misspelt product", (s) => s.replace("Explain what happened", "Karixx said what happened"), `${path}:33: spelling: "Karixx" looks like a misspelling of "Karix"`],
      ["not self-matching", (s) => s.replace(/signatures:\n  - .*\n/, 'signatures:\n  - "the"\n'), `${path}: signatures: "the" does not find this scenario first (nothing matches): make it more specific`],
      ["MDX syntax", (s) => s.replace("</Steps>", ""), `${path}:38: body: column 1: MDX syntax error:`],
    ];
    for (const [name, edit, message] of cases) {
      const result = checkAfter(edit);
      expect(result.out, name).toContain(message);
      expect(result.status, name).toBe(1);
    }
  });
});
