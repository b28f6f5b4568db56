import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildCatalog } from "@/lib/content/build";
import { formatProblem } from "@/lib/content/problem";
import { fixture } from "./fixtures";

const dir = join(process.cwd(), "tests/fixtures/content/rejected");
const RUNS = "HTML elements that run or load things are never allowed: use Markdown (**bold**, [text](/path), lists, tables, ``` code blocks) or a documented component: Steps, Step, Note, Warning, Internal, KeyFacts, Reply";
const HTML = "HTML elements are not allowed: use Markdown (**bold**, [text](/path), lists, tables, ``` code blocks) or a documented component: Steps, Step, Note, Warning, Internal, KeyFacts, Reply";
const CODE = "content cannot run code: write the text itself (to show a brace, write \\{ )";
const ESM = "import/export: content cannot import or run code: delete this line and use the documented components (CONTRIBUTING.md, Components)";
const URLS = "link to /path, #anchor or https:, http:, mailto:, tel: only";

/** One fixture per construct the closed language rejects, with the exact line it gets. */
const expected: Record<string, string> = {
  import: `18: ${ESM}`,
  export: `18: ${ESM}`,
  "expression-env": `18: {process.env.FIXPATH_AGENT_PASSWORD} expression: ${CODE}`,
  "expression-in-text": `18: {process.env.FIXPATH_AGENT_PASSWORD} expression: ${CODE}`,
  "expression-all-env": `18: {JSON.stringify(process.env)} expression: ${CODE}`,
  "expression-fs": `18: {process.getBuiltinModule("fs").readFileS…} expression: ${CODE}`,
  "expression-internal": `18: {<Internal>Dineshr fixed it.</Internal>} expression: ${CODE}`,
  "attribute-expression": '18: <Note title={…}>: attribute values are plain text in quotes, never code: write title="Before you resend"',
  "attribute-spread": '18: <Note {…}>: spread attributes run code and are not allowed: write each attribute as name="text"',
  "element-script": `18: <script> element: ${RUNS}`,
  "element-iframe": `18: <iframe> element: ${RUNS}`,
  "element-style": `18: <style> element: ${RUNS}`,
  "element-object": `18: <object> element: ${RUNS}`,
  "element-embed": `18: <embed> element: ${RUNS}`,
  "element-meta": `18: <meta> element: ${RUNS}`,
  "element-link": `18: <link> element: ${RUNS}`,
  "element-base": `18: <base> element: ${RUNS}`,
  "element-form": `18: <form> element: ${RUNS}`,
  "element-internal-lowercase": "18: <internal> element: HTML elements are not allowed: did you mean <Internal>? Components start with a capital letter",
  "element-div": `18: <div> element: ${HTML}`,
  "event-handler": "18: <Note onClick>: event handlers run code and are not allowed: remove onClick",
  "unknown-attribute": "18: <Note dangerouslySetInnerHTML>: unknown attribute: <Note> takes title",
  "url-javascript": `18: link URL: javascript: URLs are not allowed ("javascript:alert(1)"): ${URLS}`,
  "url-javascript-hidden": `18: link URL: javascript: URLs are not allowed ("java\tscript:alert(1)"): ${URLS}`,
  "url-javascript-definition": `20: definition URL: javascript: URLs are not allowed ("javascript:alert(1)"): ${URLS}`,
  "url-data-link": `18: link URL: data: URLs are not allowed ("data:text/html,hello"): ${URLS}`,
  "url-data-image": `18: image URL: data: URLs are not allowed ("data:image/svg+xml;base64,PHN2Zz4="): ${URLS}`,
  "component-misspelt": "18: <Warnng> component: unknown component: did you mean <Warning>?",
  "component-unknown": "18: <Tabs> component: unknown component: the components are Steps, Step, Note, Warning, Internal, KeyFacts, Reply",
  fragment: "18: <> fragment: fragments are not allowed: remove <> and </>",
  "step-outside-steps": '18: <Step>: must be directly inside <Steps>: one remedy step: <Step id="kebab-id">What to do.</Step> inside <Steps>',
  "block-in-sentence": "18: <Note>: must stand on its own lines, not inside a sentence: put a blank line before <Note> and after </Note>",
  "step-without-id": '23: <Step>: needs id: write <Step id="check-vendor-settings">',
  "step-id-not-kebab": '23: <Step id>: "Restart_Gateway" is not allowed here: write id="check-vendor-settings"',
  "step-was-not-kebab": '23: <Step was>: "Old Id!" is not allowed here: write was="old-step-id"',
};

function errors(name: string, edition: "agent" | "customer"): string[] {
  const file = { path: `content/demo/${name}.mdx`, source: readFileSync(join(dir, `${name}.mdx`), "utf8") };
  const { problems } = buildCatalog([fixture("_system"), file], edition);
  return problems.filter((p) => p.severity === "error").map(formatProblem);
}

describe("MDX is a closed language", () => {
  test("every rejected-construct fixture has its expected message, and every expected message its fixture", () => {
    const names = readdirSync(dir).map((f) => f.replace(/\.mdx$/, "")).sort();
    expect(names).toEqual(Object.keys(expected).sort());
  });

  for (const [name, message] of Object.entries(expected)) {
    test(`${name} is rejected in both editions with its line and how to fix it`, () => {
      const line = `content/demo/${name}.mdx:${message}`;
      expect(errors(name, "agent")).toEqual([line]);
      // The customer edition reports it too (and content:check lists it once).
      expect(errors(name, "customer")).toEqual([line]);
    });
  }

  test("a rejected file is published with an empty body: no unchecked tree reaches a page", () => {
    const file = { path: "content/demo/expression-env.mdx", source: readFileSync(join(dir, "expression-env.mdx"), "utf8") };
    const { catalog } = buildCatalog([fixture("_system"), file], "customer");
    expect(catalog.scenarios[0]?.body).toEqual({ type: "root", children: [] });
  });

  test("comments, escaped braces, https and mailto links and code blocks holding tags are allowed", () => {
    const f = fixture("valid");
    f.source = f.source.replace(
      "The gateway was down.",
      "{/* a note to authors */}\nThe gateway was down \\{really\\}. See [the vendor](https://example.com) or [mail us](mailto:help@example.com).\n\n```text\n<check channel event> {process.env.X}\n```",
    );
    const { problems } = buildCatalog([fixture("_system"), f], "customer");
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
