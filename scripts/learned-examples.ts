// The learned model's training texts (npm run train, npm run eval:batches): each scenario's own texts,
// and the labelled tuning pastes as diagnose reads them (focus: a log's timestamps, a ticket's greeting blanked).
import { createHash } from "node:crypto";
import type { MatchIndex } from "@/lib/match";
import type { LabelledPaste } from "@/lib/match/evaluate";
import { learnedFeatures, NONE } from "@/lib/match/learned";
import { focus } from "@/lib/match/shape";
import { trainModel, type Example } from "@/lib/match/train";

export function trainOn(index: MatchIndex, pastes: readonly LabelledPaste[]) {
  if (pastes.some((p) => String(p.id).startsWith("h-"))) throw new Error("a held-out paste is among the training pastes");
  const ids = index.docs.map((d) => d.id);
  const texts: Array<{ text: string; classes: string[] }> = [];
  // Each scenario's texts one by one and all together, twice: what the docs team wrote outweighs any one paste.
  index.docs.forEach((d, i) => {
    const own = index.fields.filter((f) => f.doc === i).map((f) => f.text);
    for (let k = 0; k < 2; k++) texts.push(...own.map((text) => ({ text, classes: [d.id] })), { text: own.join(". "), classes: [d.id] });
  });
  // A paste that names only a system ("wxm/*") teaches no scenario; an unrelated one teaches NONE.
  for (const p of pastes) texts.push({ text: focus(p.text).text, classes: p.expect.length === 0 ? [NONE] : p.expect.filter((e) => ids.includes(e)) });
  const digest = createHash("sha256").update(JSON.stringify({ ids, texts })).digest("hex").slice(0, 16);
  const examples: Example[] = texts.map((t) => ({ features: learnedFeatures(index, t.text).map((f) => f.key), classes: t.classes }));
  return { model: trainModel(examples, ids, digest), texts: examples.length };
}
