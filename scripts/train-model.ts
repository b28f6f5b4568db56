// npm run train: fits the learned model (lib/match/learned.ts) on the scenarios' own texts and the
// labelled tuning pastes (tests/eval/tuning), never tests/eval/heldout, and writes lib/match/learned-model.json.
// Run it after adding labelled pastes or scenarios: the same inputs give the same file, byte for byte.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadCatalog } from "@/lib/content/load";
import { buildMatchIndex, toMatchDocs } from "@/lib/match";
import { learnedModelSchema } from "@/lib/match/learned";
import { readLabelledPastes } from "./eval-files";
import { trainOn } from "./learned-examples";

const out = resolve(process.argv[2] ?? "lib/match/learned-model.json");
const { catalog } = loadCatalog(process.cwd(), "customer");
const index = buildMatchIndex(toMatchDocs(catalog), { learned: false });
const pastes = readLabelledPastes(resolve("tests/eval/tuning"));
const { model, texts } = trainOn(index, pastes);
writeFileSync(out, `${JSON.stringify(learnedModelSchema.parse(model))}\n`);
const weights = Object.values(model.weights).reduce((n, w) => n + w.length / 2, 0);
console.log(`${out}: ${model.classes.length} classes, ${Object.keys(model.weights).length} features, ${weights} weights, from ${texts} texts (${pastes.length} labelled pastes); inputs ${model.trainedOn}`);
