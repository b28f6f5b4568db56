import { aliasKey } from "./alias-key";
import type { MatchDoc } from "./docs";
import type { Field, FieldKind } from "./index-types";
import type { Token } from "./text";
import * as tunables from "./tunables";
import type { Vocabulary } from "./vocabulary";

const { BACKGROUND } = tunables;

const kindsOf = (doc: MatchDoc): Array<[FieldKind, string]> => {
  const sigs = doc.signatures.map((s): [FieldKind, string] => [statusOf(doc, s) ? "status" : "signature", s]);
  const extra = doc.statuses
    .filter((s) => !doc.signatures.some((g) => g.toLowerCase() === s.toLowerCase()))
    .map((s): [FieldKind, string] => ["status", s]);
  return [
    ...sigs,
    ["title", doc.title],
    ...extra,
    ...doc.symptoms.map((s): [FieldKind, string] => ["symptom", s]),
    ["summary", doc.summary],
    ...doc.facts.map((s): [FieldKind, string] => ["fact", s]),
    ...doc.steps.map((s): [FieldKind, string] => ["step", s]),
  ];
};

function statusOf(doc: MatchDoc, text: string): boolean {
  return doc.statuses.some((s) => s.toLowerCase() === text.toLowerCase());
}

/**
 * Each scenario's texts as fields (weights still 0: weights.ts sets them once rarity is known), the
 * words each scenario knows, weighted by where they occur, and each system's aliases.
 */
export function readFields(docs: readonly MatchDoc[], vocab: Vocabulary) {
  const { analyse, isStop } = vocab;
  const fields: Field[] = [];
  const docStems: Array<Map<number, number>> = [];
  const systemAliases = new Map<string, string[]>();
  docs.forEach((doc, d) => {
    const known = new Map<number, number>();
    const know = (tokens: readonly Token[], ids: readonly number[], weight: number) =>
      ids.forEach((id, i) => !isStop(tokens[i]?.text ?? "") && known.set(id, Math.max(weight, known.get(id) ?? 0)));
    for (const [kind, text] of kindsOf(doc)) {
      const { tokens, ids } = analyse(text);
      if (ids.length === 0) continue;
      know(tokens, ids, kind === "fact" || kind === "step" ? BACKGROUND : 1);
      const letters = text.replace(/[^\p{L}]/gu, "");
      fields.push({
        doc: d,
        kind,
        text,
        stems: ids,
        stop: tokens.map((t) => isStop(t.text)),
        unique: [...new Set(ids.filter((_, i) => !isStop(tokens[i]?.text ?? "")))],
        weight: 0,
        caps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        code: !/\s/.test(text.trim()) && ids.length > 1,
      });
    }
    for (const text of [doc.group, doc.systemName, ...doc.aliases]) {
      const { tokens, ids } = analyse(text);
      know(tokens, ids, 1);
    }
    for (const text of [doc.groupHint, ...doc.systemFacts]) {
      const { tokens, ids } = analyse(text);
      know(tokens, ids, BACKGROUND);
    }
    docStems.push(known);
    if (!systemAliases.has(doc.system)) systemAliases.set(doc.system, [doc.system, ...doc.aliases].map(aliasKey));
  });
  return { fields, docStems, systemAliases };
}
