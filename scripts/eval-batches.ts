// npm run eval:batches -- [BATCH...] [--sealed DIR] [--misses]
// Leave one batch out: for each batch of tests/eval/tuning (its top-level folder; the files at its root
// are "base"; default: every folder), train the learned model on every other batch, then score the matcher with that model,
// and without it, on the batch left out. A sealed batch (--sealed DIR, never in tuning) is scored
// with a model trained on all of tuning. This is how the learned model's settings are chosen: on
// pastes it was not trained on, never on tests/eval/heldout.
import { readdirSync } from "node:fs";
import { relative, resolve } from "node:path";
import { loadCatalog } from "@/lib/content/load";
import { buildMatchIndex, toMatchDocs } from "@/lib/match";
import { evaluate, formatEvaluation, type LabelledPaste } from "@/lib/match/evaluate";
import { readLabelledPastes } from "./eval-files";
import { trainOn } from "./learned-examples";

const args = process.argv.slice(2);
const sealedAt = args.indexOf("--sealed");
const sealed = sealedAt >= 0 ? resolve(args[sealedAt + 1] ?? "") : undefined;
const misses = args.includes("--misses");
const wanted = args.filter((a, i) => !a.startsWith("--") && (sealedAt < 0 || (i !== sealedAt && i !== sealedAt + 1)));
const refuse = (why: string) => {
  console.error(`eval:batches: ${why}`);
  process.exit(2);
};
if (sealed?.split(/[\\/]/).includes("heldout")) refuse("the held-out half is scored by npm run eval, in aggregate, never used here");

const root = resolve("tests/eval/tuning");
if (sealed && !relative(root, sealed).startsWith("..")) refuse("a sealed batch is kept outside tests/eval/tuning until it has been read: the model would be trained on it");
const { catalog } = loadCatalog(process.cwd(), "customer");
const docs = toMatchDocs(catalog);
const plain = buildMatchIndex(docs, { learned: false });
// Each paste's batch: the tuning folder it sits in; the files at the root are "base".
const batchOf = new Map<string, string>();
for (const d of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory())) {
  for (const p of readLabelledPastes(resolve(root, d.name))) batchOf.set(String(p.id), d.name);
}
const all = readLabelledPastes(root);
const batch = (p: LabelledPaste) => batchOf.get(String(p.id)) ?? "base";

function report(name: string, train: readonly LabelledPaste[], test: readonly LabelledPaste[]) {
  const { model } = trainOn(plain, train);
  console.log(`\n== ${name}: ${test.length} pastes, model trained on ${train.length}`);
  console.log("-- word matcher alone");
  for (const l of formatEvaluation(evaluate(plain, test))) console.log(l);
  console.log("-- with the learned model");
  const learned = evaluate(buildMatchIndex(docs, { learned: model, threshold: plain.threshold }), test);
  for (const l of formatEvaluation(learned)) console.log(l);
  if (misses) for (const m of learned.misses) console.log(`  miss ${m}`);
}

if (sealed) report(`sealed ${relative(process.cwd(), sealed)}`, all, readLabelledPastes(sealed));
else {
  const batches = wanted.length ? wanted : [...new Set(batchOf.values())].sort();
  for (const b of batches) report(`left out ${b}`, all.filter((p) => batch(p) !== b), all.filter((p) => batch(p) === b));
}
