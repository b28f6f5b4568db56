// Full-page screenshots at desktop and phone width (light, or --schemes light,dark):
//   npx tsx scripts/screenshots.mts [--base URL] [--out DIR] [--schemes light,dark] [PATH...]
// The positional form of before (BASE_URL OUT_DIR PATH...) still works; SCHEMES in the environment too.
import { mkdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium.mts";

const { values, positionals } = parseArgs({
  options: {
    base: { type: "string" },
    out: { type: "string" },
    schemes: { type: "string", default: process.env.SCHEMES ?? "light" },
  },
  allowPositionals: true,
});
const rest = [...positionals];
// Without --base and --out, the first two positionals are the base URL and the folder, as they always were.
const positional = values.base === undefined && values.out === undefined;
const base = values.base ?? (positional ? rest.shift() : undefined) ?? "http://127.0.0.1:3100";
const out = values.out ?? (positional ? rest.shift() : undefined) ?? "/tmp/shots";
const paths = rest.length > 0 ? rest : ["/"];
const schemes = values.schemes.split(",").filter((s): s is "light" | "dark" => s === "light" || s === "dark");

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const scheme of schemes) {
  for (const width of [1280, 360]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const path of paths) {
      await page.goto(base + path);
      const name = `${path.replace(/[^a-z0-9]+/gi, "_") || "home"}-${width}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      console.log(`${out}/${name}`);
    }
    await page.close();
  }
}
await browser.close();
