import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// One page of each type, and the variants that draw something different (a table, a branching
// diagram, a highlighted node, each wizard step, search results and no results).
const pages = [
  { name: "home", path: "/" },
  { name: "system page with a pipeline diagram", path: "/systems/wxm" },
  { name: "system page with a branching diagram and a table", path: "/systems/mambu" },
  { name: "scenario page", path: "/scenarios/wxm/dispatch-paused" },
  { name: "messages index", path: "/messages" },
  { name: "scenario page with a table", path: "/scenarios/mambu/auto-retry-policy" },
  { name: "wizard: pick a system", path: "/diagnose" },
  { name: "wizard: pick a stage", path: "/diagnose?system=wxm" },
  { name: "wizard: a result", path: "/diagnose?system=wxm&group=dispatch-skipped&scenario=wxm/dispatch-paused" },
  { name: "wizard: not sure of the stage", path: "/diagnose?system=wxm&unsure=yes" },
  { name: "wizard: a result with explanations and checks", path: "/diagnose?scenario=genesys/chat-requeued-after-chat-server-failure" },
  { name: "wizard: a group's checklist", path: "/diagnose?system=wxm&group=api-rejected&scenario=unknown" },
  { name: "wizard: escalation", path: "/diagnose?system=wxm&group=dispatch-skipped&scenario=wxm/dispatch-paused&solved=no" },
  { name: "search results", path: "/search?q=Delivery%20policy%20is%20paused" },
  { name: "search without a match", path: "/search?q=zzzz%20qqqq" },
  { name: "search without a match, naming a system", path: "/search?q=our%20Mambu%20people%20say%20zzzz%20qqqq" },
  { name: "search with only possible matches", path: "/search?q=IT%20rotated%20the%20password%20of%20the%20shared%20mailbox%20that%20autologyx%20sends%20from" },
  { name: "page not found", path: "/no-such-page" },
];

for (const scheme of ["light", "dark"] as const) {
  for (const { name, path } of pages) {
    test(`${name} (${path}) has no serious or critical axe violations in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      // Text versions and other disclosures are part of the page too.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => d.setAttribute("open", "")));
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      const blocking = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
      expect(blocking).toEqual([]);
    });
  }
}
