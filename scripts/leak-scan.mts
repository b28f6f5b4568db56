// Lists every file under DIR that contains any of the given strings: npx tsx scripts/leak-scan.mts DIR STRING...
// Used to prove that the customer edition's build output holds no internal text.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

export function scan(dir: string, needles: string[]): Array<{ file: string; needle: string }> {
  const hits: Array<{ file: string; needle: string }> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    // Build caches hold compiler state, not served output.
    if (file.includes(`${"/"}cache${"/"}`)) continue;
    const text = readFileSync(file).toString("latin1");
    for (const needle of needles) if (text.includes(needle)) hits.push({ file, needle });
  }
  return hits;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [dir, ...needles] = parseArgs({ options: {}, allowPositionals: true }).positionals;
  if (!dir || needles.length === 0) {
    console.error("usage: leak-scan.mts DIR STRING...");
    process.exit(2);
  }
  const hits = scan(dir, needles);
  for (const h of hits) console.log(`${h.file}: ${h.needle}`);
  console.log(`${hits.length} hits`);
  process.exit(hits.length > 0 ? 1 : 0);
}
