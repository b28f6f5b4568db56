import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PLACEHOLDER } from "@/lib/content/rules";
import { contentCheckCommand } from "../../../scripts/content-check.mts";
import { contentNewCommand } from "../../../scripts/content-new.mts";
import { captureIo, contentOnDisk, copyContent, frontmatterOf } from "./content-root";

// The commands run in this process against a copy of content/: the same code as `npm run content:new`
// and `npm run content:check`, without starting tsx once per case.
let root = "";
let remove = () => {};
let host = ""; // the system the new scenario joins: the first on disk
const slug = "new-scaffolded-case";
const path = () => `content/${host}/${slug}.mdx`;
const file = () => join(root, path());
const utcDay = () => new Date().toISOString().slice(0, 10);
/** The UTC day just before and just after content:new created the scenario. */
const madeOn: string[] = [];

function run(command: typeof contentCheckCommand, ...args: string[]) {
  const io = captureIo();
  const status = command(args, { FIXPATH_ROOT: root }, io);
  return { status, out: io.text() };
}

/** The scaffold with every placeholder written, as an author would leave it. */
function filledIn(source: string): string {
  return source
    .replace(new RegExp(`"${PLACEHOLDER.replace(/[()]/g, "\\$&")} the exact message for ([^"]*)"`), '"Scaffolded case 4711: the exact message for $1"')
    .replaceAll(`${PLACEHOLDER} `, "");
}

function checkAfter(edit: (source: string) => string) {
  const original = readFileSync(file(), "utf8");
  writeFileSync(file(), edit(original));
  try {
    return run(contentCheckCommand);
  } finally {
    writeFileSync(file(), original);
  }
}

beforeAll(() => {
  ({ root, remove } = copyContent("fixpath-scaffold-"));
  host = contentOnDisk(root).systems[0] ?? "";
}, 60_000);
afterAll(() => remove());

describe("content:new", () => {
  test("refuses an unknown system, a malformed slug and an existing id with exit status 2", () => {
    const existing = contentOnDisk(root).scenarios[0] ?? "";
    expect(run(contentNewCommand, "nope/thing")).toMatchObject({ status: 2, out: expect.stringContaining('unknown system "nope"') });
    expect(run(contentNewCommand, `${host}/Bad_Slug`)).toMatchObject({ status: 2, out: expect.stringContaining('malformed slug "Bad_Slug"') });
    expect(run(contentNewCommand, existing)).toMatchObject({ status: 2, out: expect.stringContaining(`"${existing}" already exists`) });
  });

  test("creates a scenario that content:check refuses until every placeholder is replaced", () => {
    madeOn.push(utcDay());
    expect(run(contentNewCommand, `${host}/${slug}`)).toMatchObject({ status: 0 });
    madeOn.push(utcDay());
    const scaffold = readFileSync(file(), "utf8");
    const placeholders = scaffold.split("\n").filter((l) => l.includes(PLACEHOLDER)).length;
    expect(placeholders).toBeGreaterThan(0);
    const check = run(contentCheckCommand);
    expect(check.status).toBe(1);
    expect(check.out.match(new RegExp(`${path()}:\\d+: placeholder: replace the`, "g"))).toHaveLength(placeholders);

    writeFileSync(file(), filledIn(scaffold));
    const onDisk = contentOnDisk(root);
    const filled = run(contentCheckCommand);
    expect(filled.out).toContain(`content ok: ${onDisk.systems.length} systems, ${onDisk.scenarios.length} scenarios`);
    expect(filled.status).toBe(0);
  });

  test("the new scenario is reviewed today and owned by the team that owns its system's other scenarios", () => {
    const fm = frontmatterOf(root, `${host}/${slug}.mdx`);
    // The UTC day content:new ran on (read around it: a run across midnight must not fail), not the day this test runs.
    expect(madeOn).toContain(fm.reviewed);
    const others = contentOnDisk(root).scenarios.filter((id) => id.startsWith(`${host}/`) && id !== `${host}/${slug}`);
    expect(others.map((id) => frontmatterOf(root, `${id}.mdx`).owner)).toContain(fm.owner);
  });

  test("each way of breaking it fails content:check with the exact message", { timeout: 240_000 }, () => {
    const system = frontmatterOf(root, `${host}/_system.mdx`);
    const groupBy = String(system.groupBy);
    const groups = (system.groups as Array<{ id: string }>).map((g) => g.id);
    const neighbour = contentOnDisk(root).scenarios.find((id) => id.startsWith(`${host}/`) && id !== `${host}/${slug}`) ?? "";
    const theirSignature = String((frontmatterOf(root, `${neighbour}.mdx`).signatures as string[])[0]);
    const lineOf = (needle: string) => readFileSync(file(), "utf8").split("\n").findIndex((l) => l.includes(needle)) + 1;
    const rootCause = lineOf("Explain what happened");
    const steps = lineOf("</Steps>");
    const stepsOpen = lineOf("<Steps>");
    const cases: Array<[string, (s: string) => string, string]> = [
      ["missing title", (s) => s.replace(/^title: .*\n/m, ""), `${path()}: title: required field is missing`],
      ["unknown group", (s) => s.replace(`${groupBy}: ${groups[0]}`, `${groupBy}: nowhere`), `${path()}: ${groupBy}: unknown ${groupBy} "nowhere": expected one of ${groups.join(", ")}`],
      ["missing related", (s) => s.replace("related: []", `related: [${host}/nope]`), `${path()}: related: "${host}/nope" does not exist`],
      ["no steps", (s) => s.replace(/<Steps>[\s\S]*<\/Steps>/, ""), `${path()}: steps: no remedy steps: add <Steps> with at least one <Step id="...">`],
      ["empty step", (s) => s.replace(/(<Step id="first-step">)[^<]*/, "$1"), `${path()}:${steps - 1}: steps: step "first-step" is empty: say what to do`],
      ["dead link", (s) => s.replace("Explain what happened", `See [this](/scenarios/${host}/gone). Explain what happened`), `${path()}:${rootCause}: links: dead internal link /scenarios/${host}/gone: link to a scenario or system that exists`],
      ["shared signature", (s) => s.replace(/signatures:\n  - .*\n/, `signatures:\n  - ${JSON.stringify(theirSignature)}\n`), `${path()}: signatures: "${theirSignature.toLowerCase()}" is also a signature of ${neighbour}: a paste of it is ambiguous`],
      ["misspelt product", (s) => s.replace("Explain what happened", "Karixx said what happened"), `${path()}:${rootCause}: spelling: "Karixx" looks like a misspelling of "Karix"`],
      ["not self-matching", (s) => s.replace(/signatures:\n  - .*\n/, 'signatures:\n  - "the"\n'), `${path()}: signatures: "the" does not find this scenario first (nothing matches): make it more specific`],
      ["MDX syntax", (s) => s.replace("</Steps>", ""), `${path()}:${stepsOpen}: body: column 1: MDX syntax error:`],
      ["bad review date", (s) => s.replace(/^reviewed: .*$/m, "reviewed: 27/11/2026"), `${path()}: reviewed: a date written YYYY-MM-DD`],
      ["a person as owner", (s) => s.replace(/^owner: .*$/m, "owner: Jane Doe"), `${path()}: owner: use lowercase words joined by hyphens`],
    ];
    for (const [name, edit, message] of cases) {
      const result = checkAfter(edit);
      expect(result.out, name).toContain(message);
      expect(result.status, name).toBe(1);
    }
  });
});
