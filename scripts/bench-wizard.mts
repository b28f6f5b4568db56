// The wizard's step time in a real browser: `npm run bench:wizard [-- --port 3302 --runs 30]`.
// Serves the build, opens /diagnose in Debian's chromium, and for each run clicks a product, a
// group and (when asked) a cause; each click is timed with the page's own performance marks, from
// the click (wizard:click) to the next step rendered (wizard:shown). Prints medians and p95; fails
// (exit 1) when the median exceeds the budget of 100 ms. Also counts document loads: there must be none.
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { serveBuilt } from "./serve-built.mts";

const { values } = parseArgs({
  options: { port: { type: "string", default: "3302" }, runs: { type: "string", default: "20" }, base: { type: "string" } },
});
const BUDGET_MS = 100;
const runs = Number(values.runs);
const served = values.base ? { base: values.base, stop: async () => undefined } : await serveBuilt({ port: Number(values.port) });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)] ?? Number.NaN;

try {
  const page = await browser.newPage();
  let documents = 0;
  page.on("request", (r) => {
    if (r.resourceType() === "document") documents++;
  });
  const times: number[] = [];
  const questionTimes: number[] = [];
  const answerTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(`${served.base}/diagnose`);
    await page.waitForLoadState("networkidle");
    documents = 0;
    // Follow the first answer at each question until a root cause shows (at most four clicks).
    for (let click = 0; click < 4; click++) {
      // A different answer each run, so every product and most groups are measured.
      const links = page.locator('ul[aria-label] > li a[href^="/"]');
      const n = await links.count();
      if (n === 0) break;
      const link = links.nth((run + click) % n);
      const before = await page.locator("main h1").innerText();
      await page.evaluate(() => performance.clearMarks());
      await link.click();
      await page.waitForFunction((old) => document.querySelector("main h1")?.textContent !== old, before);
      const ms = await page.evaluate(() => {
        const [start] = performance.getEntriesByName("wizard:click");
        const [end] = performance.getEntriesByName("wizard:shown");
        return start && end ? end.startTime - start.startTime : Number.NaN;
      });
      if (process.env.BENCH_DEBUG) console.log(run, click, before, "→", await page.locator("main h1").innerText(), ms);
      const toAnswer = (await page.getByText("Step 4 of 5").count()) > 0;
      if (Number.isFinite(ms)) (toAnswer ? answerTimes : questionTimes).push(ms);
      if (Number.isFinite(ms)) times.push(ms);
      if ((await page.getByRole("heading", { name: "Root cause" }).count()) > 0) break;
    }
    if (documents > 0) throw new Error(`run ${run}: ${documents} document load(s) during the wizard's steps`);
  }
  const m = median(times);
  console.log(`wizard step, click to next step shown: ${times.length} steps over ${runs} runs; median ${m.toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (budget: median ≤ ${BUDGET_MS} ms); document loads: 0`);
  console.log(`  to a question: ${questionTimes.length} steps, median ${median(questionTimes).toFixed(1)} ms; to a root cause or checklist: ${answerTimes.length} steps, median ${median(answerTimes).toFixed(1)} ms, p95 ${p95(answerTimes).toFixed(1)} ms`);
  if (!(m <= BUDGET_MS)) process.exitCode = 1;
} finally {
  await browser.close();
  await served.stop();
}
