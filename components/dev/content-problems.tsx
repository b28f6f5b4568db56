import { formatProblem, type Problem } from "@/lib/content";
import { countOf } from "@/lib/text/plural";

const fixes: Record<string, string> = {
  body: "Fix the MDX at that line: every <Tag> needs its </Tag>; write a brace in text as \\{.",
  frontmatter: "Fix the YAML between the --- lines: one `field: value` per line, lists as `- item`.",
  steps: "Each remedy step is <Step id=\"kebab-id\">What to do.</Step> inside <Steps>.",
  related: "Use ids of existing scenarios, e.g. wxm/dispatch-paused.",
  links: "Link to /scenarios/<system>/<slug> or /systems/<system> that exist.",
  signatures: "Make each signature unique to one scenario.",
};

/** In `next dev`, content problems show on every page as file, field and fix, instead of an error overlay. */
export function ContentProblems({ problems: all }: { problems: Problem[] }) {
  const problems = all.filter((p) => p.severity === "error");
  if (problems.length === 0) return null;
  return (
    <section role="alert" aria-labelledby="content-problems" className="border-b-4 border-red-600 bg-red-50 px-4 py-4 text-red-950 dark:bg-red-950 dark:text-red-50">
      <div className="mx-auto max-w-5xl">
        <h2 id="content-problems" className="text-lg font-bold">
          {countOf(problems.length, "content problem")}: the site shows the last valid content
        </h2>
        <ul className="mt-2 space-y-2 text-sm">
          {problems.map((p) => (
            <li key={formatProblem(p)}>
              <code className="font-semibold">{p.file}{p.line ? `:${p.line}` : ""}</code> · <strong>{p.field}</strong>: {p.message}
              {fixes[p.field] && <span className="block text-red-800 dark:text-red-200">How to fix: {fixes[p.field]}</span>}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
