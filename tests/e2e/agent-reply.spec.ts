import { expect, test } from "@playwright/test";
import { agentPassword, agentPort } from "../../playwright.config";

const agentBase = `http://127.0.0.1:${agentPort}`;

interface CatalogJson {
  scenarios: Array<{ url: string }>;
}

test("in the agent edition, the copied reply and the escalation message hold no internal text", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ httpCredentials: { username: "agent", password: agentPassword } });
  const page = await context.newPage();
  const catalog = (await (await page.request.get(`${agentBase}/catalog.json`)).json()) as CatalogJson;
  let checked = 0;
  for (const { url } of catalog.scenarios) {
    await page.goto(`${agentBase}${url}`);
    const internal = page.getByRole("complementary", { name: "Internal: agents only" });
    const count = await internal.count();
    if (count === 0) continue;
    // Every sentence the page marks internal, to look for in what an agent copies for a customer or support.
    const sentences = (await internal.allInnerTexts())
      .flatMap((t) => t.replace(/^Internal: agents only\s*/i, "").split(/(?<=[.!?])\s+|\n+/))
      .map((s) => s.trim())
      .filter((s) => s.length > 12);
    await page.getByText("See the reply for the customer").click();
    const reply = await page.getByTestId("reply-text").innerText();
    await page.getByText("See the message").click();
    const message = await page.getByTestId("escalation-message").innerText();
    for (const sentence of sentences) {
      expect(reply, `${url}: ${sentence}`).not.toContain(sentence);
      expect(message, `${url}: ${sentence}`).not.toContain(sentence);
    }
    checked++;
  }
  expect(checked).toBeGreaterThan(0);
  await context.close();
});
