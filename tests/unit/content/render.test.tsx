import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, test } from "vitest";
import { mdxComponents } from "@/components/mdx";
import { MdxContent } from "@/components/mdx/mdx-content";
import { buildCatalog } from "@/lib/content/build";
import { componentNames } from "@/lib/content/components";
import type { Catalog } from "@/lib/content";
import { compileBody } from "@/lib/content/mdx-compile";
import { editionTree, parseTree, publishedTree } from "@/lib/content/mdx-tree";
import { fixture } from "./fixtures";

const everywhere = () => fixture("internal-everywhere");
/** Renders a body the way a page does: compiled by mdx-bundler, run by MdxContent. */
const render = async (body: Catalog["scenarios"][number]["body"]) => renderToStaticMarkup(<MdxContent code={await compileBody(body)} />);
/** The sentinels planted in the fixture, read from it rather than restated here. */
const sentinels = [...readFileSync(join(process.cwd(), "tests/fixtures/content/internal-everywhere.mdx"), "utf8").matchAll(/SENTINEL-[A-Z-]+/g)].map((m) => m[0]);

afterEach(() => {
  delete process.env.FIXPATH_LEAK_PROBE;
});

describe("rendering content", () => {
  test("the renderer offers exactly the components of the allowlist (plus the code block Markdown makes)", () => {
    expect(Object.keys(mdxComponents).sort()).toEqual([...componentNames, "pre"].sort());
  });

  test("an environment variable named in an expression never reaches the HTML, even if validation were skipped", async () => {
    process.env.FIXPATH_LEAK_PROBE = "probe-value-7c1e";
    const source = readFileSync(join(process.cwd(), "tests/fixtures/content/rejected/expression-env.mdx"), "utf8").replaceAll("FIXPATH_AGENT_PASSWORD", "FIXPATH_LEAK_PROBE");
    // Through the catalog: the file is rejected and its body is empty.
    const { catalog } = buildCatalog([fixture("_system"), { path: "content/demo/probe.mdx", source }], "customer");
    expect(await render(catalog.scenarios[0]!.body)).not.toContain("probe-value-7c1e");
    // Straight from the parser, unvalidated: the edition filter drops expressions before compiling.
    const html = await render(publishedTree(editionTree(parseTree(source), "agent")));
    expect(html).toContain("Restart the gateway.");
    expect(html).not.toContain("probe-value-7c1e");
    // The raw parse, with its expression, never compiles: the compiler's last plugin refuses it.
    const raw = parseTree(source);
    raw.children = raw.children.filter((n) => n.type !== "yaml");
    await expect(compileBody(raw)).rejects.toThrow(/mdxFlowExpression is not Markdown or a component/);
  });

  test("the fixture plants internal text in a block, a table cell, a note, a key fact, a step and a whole step", () => {
    expect(sentinels).toEqual(["SENTINEL-BLOCK", "SENTINEL-TABLE-CELL", "SENTINEL-NOTE", "SENTINEL-KEY-FACT", "SENTINEL-STEP", "SENTINEL-WHOLE-STEP"]);
  });

  test("the customer edition holds none of them: not in steps, text, body, compiled code or rendered HTML", async () => {
    const { catalog, problems } = buildCatalog([fixture("_system"), everywhere()], "customer");
    expect(problems).toEqual([]);
    const scenario = catalog.scenarios[0]!;
    const code = await compileBody(scenario.body);
    const html = renderToStaticMarkup(<MdxContent code={code} />);
    for (const s of sentinels) {
      expect(JSON.stringify(catalog), s).not.toContain(s);
      expect(code, s).not.toContain(s);
      expect(html, s).not.toContain(s);
    }
    expect(scenario.steps.map((s) => [s.id, s.text])).toEqual([
      ["restart-gateway", "Restart the gateway."],
      ["resend", "Resend the message."],
    ]);
    expect(html).toContain("Resends are free.");
  });

  test("the agent edition shows every one of them, marked internal", async () => {
    const { catalog } = buildCatalog([fixture("_system"), everywhere()], "agent");
    const html = await render(catalog.scenarios[0]!.body);
    for (const s of sentinels) expect(html, s).toContain(s);
    expect(html).toContain("Internal: agents only");
    expect(catalog.scenarios[0]!.steps.find((s) => s.id === "internal-only-step")?.internal).toBe(true);
  });

  test("a renamed step carries its earlier ids", () => {
    const f = fixture("valid");
    f.source = f.source.replace('<Step id="resend">', '<Step id="resend-message" was="resend send-again">');
    const { catalog } = buildCatalog([fixture("_system"), f], "customer");
    expect(catalog.scenarios[0]?.steps[1]).toMatchObject({ id: "resend-message", was: ["resend", "send-again"] });
  });
});
