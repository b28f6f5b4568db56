import { fixedScore, scoreOverlap, splitUnits, type OverlapHit } from "./bow";
import type { MatchIndex } from "./index-types";
import { intervalEvidence, limitEvidence } from "./limit-evidence";
import { findPhrases } from "./phrase";
import { phraseEvidence, type Evidence } from "./phrase-evidence";
import { analyseQuery } from "./query";
import { clip } from "./text";
import { agreement, agreeingWords } from "./agreement";
import { mentionedSystems } from "./systems";
import { overlapWhy } from "./why";
import { foreignNames, namesOtherProduct, recalled } from "./recall";
import { claimsSentNotReceived, standsForSuccess } from "./success";
import type { Confidence, DiagnoseOptions, Match, Why, WhyKind } from "./types";
import * as tunables from "./tunables";

// Local copies: a hot loop reads a plain constant, not a module binding.
const {
  DEFAULT_LIMIT,
  EXACT_COVERAGE,
  INSIDE_LONGER,
  LIKELY_SCORE,
  NAMED_AGREEING,
  NAMED_RANK,
  ODD_ONE_OUT,
  OTHER_SYSTEM_FACTOR,
  POSSIBLE_FLOOR,
  RECALL_FLOOR,
  RUNNER_UP_FLOOR,
  RUNNER_UP_SHARE,
  RUNNER_UP_SLOTS,
  AGREEING_WORDS,
  SYSTEM_NAMED_BONUS,
  THRESHOLD_FLOOR,
  UNNAMED_AGREEING,
} = tunables;

export type { Confidence, DiagnoseOptions, Match, Why, WhyKind };

export { DEFAULT_LIMIT, mentionedSystems };
/** The calibrated threshold's floor; each index carries its own (index.threshold). */
export const RELEVANCE_THRESHOLD = THRESHOLD_FLOOR;

export interface RankOptions extends DiagnoseOptions {
  /**
   * Text whose system names count as named by this text too (a table row's whole table), or the
   * systems it names, found once (mentionedSystems) for the many rows of one table.
   */
  context?: string | ReadonlySet<string>;
}

/**
 * A paste naming a system is about this catalog, but the name is no evidence of a problem: with the
 * system's names blanked, the paste's own words must still rank the scenario among the first NAMED_RANK
 * ("Mambu loan schedule not recalculated" names Mambu and says nothing of its notifications), and
 * share NAMED_AGREEING uncommon words with its own texts ("Webex Contact Center desktop won't load": one).
 */
function beyondName(index: MatchIndex, text: string, match: Match, doc: number, options: RankOptions): boolean {
  let bare = text;
  for (const alias of index.systemAliases.get(match.system) ?? []) {
    const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
    bare = bare.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu"), (m) => " ".repeat(m.length));
  }
  if (agreeingWords(index, analyseQuery(index, bare).words, doc) < NAMED_AGREEING) return false;
  return rank(index, bare, { ...options, context: undefined, threshold: 0, limit: NAMED_RANK }).some((m) => m.slug === match.slug);
}

/**
 * Ranks the catalog's scenarios for a text by its words: an error string, a status, a log excerpt or
 * a description. diagnose (paste.ts) reads the paste's shape first and calls this on what matters.
 */
export function rank(index: MatchIndex, input: string, options: RankOptions = {}): Match[] {
  const text = clip(input);
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const threshold = options.threshold ?? index.threshold;
  const { tokens, words } = analyseQuery(index, text);
  if (words.length === 0) return [];

  const best = new Map<number, Evidence>();
  const offer = (doc: number, e: Evidence | undefined) => {
    if (!e) return;
    const current = best.get(doc);
    if (!current || e.score > current.score) best.set(doc, e);
  };

  const { context } = options;
  const mentioned =
    typeof context === "string" ? mentionedSystems(index, `${text}\n${context}`, tokens) : new Set([...mentionedSystems(index, text, tokens), ...(context ?? [])]);

  const phrases = findPhrases(index, words);
  const counts = new Map<string, number>();
  for (const hit of phrases) offer(index.fields[hit.field]?.doc ?? -1, phraseEvidence(index, text, words, hit, mentioned, counts));

  // Specific beats generic: a short match inside a longer match of another scenario ("Sent" in "Not sent") yields.
  const longest = [...phrases].sort((a, b) => b.last - b.first - (a.last - a.first)).slice(0, 32);
  for (const [doc, e] of best) {
    const h = e.phrase;
    if (!h || h.last - h.first > 3) continue;
    const inside = longest.some((o) => {
      const od = index.fields[o.field]?.doc;
      return od !== doc && o.first <= h.first && o.last >= h.last && o.last - o.first > h.last - h.first && o.coverage >= h.coverage;
    });
    if (inside) best.set(doc, { ...e, score: e.score * INSIDE_LONGER });
  }

  // The odd one out: in a list showing several statuses of a system (SENT, SENT, FAILED), the rarer is the question.
  const seen = [...best.values()].filter((e) => e.status !== undefined);
  for (const [doc, e] of best) {
    if (e.status === undefined) continue;
    const system = index.docs[doc]?.system;
    const others = seen.filter((o) => o !== e && o.why.text !== e.why.text && index.docs[index.fields[o.phrase?.field ?? -1]?.doc ?? -1]?.system === system);
    const fewest = Math.min(e.status, ...others.map((o) => o.status ?? Infinity));
    if (others.length > 0 && e.status > fewest) best.set(doc, { ...e, score: e.score * (fewest / e.status) ** ODD_ONE_OUT });
  }

  const overlap = scoreOverlap(index, words, splitUnits(words), best.keys());
  // The "why" of a word-overlap match is only worked out for the matches returned (see below).
  const placeholder: Why = { kind: "words", text: "" };
  for (const [doc, hit] of overlap) offer(doc, { score: hit.score, why: placeholder, overlap: hit });
  // A number is read against a limit of the system the paste is about: 179988 "contacts" in a CASA
  // report are no dispatchRequest's records. A paste naming only other systems reads none of its limits.
  // A number that passes the limits of several systems, in a paste naming none, says a limit was
  // passed but not whose: "40k unacked messages" in a catalog of many systems counting messages.
  const numbers = [...limitEvidence(index, tokens, text), ...intervalEvidence(index, tokens)];
  const systemsAt = new Map<string, Set<string>>();
  for (const e of numbers) {
    const at = `${e.why.span?.join(":")}`;
    systemsAt.set(at, (systemsAt.get(at) ?? new Set()).add(index.docs[e.doc]?.system ?? ""));
  }
  for (const e of numbers) {
    const system = index.docs[e.doc]?.system ?? "";
    if (mentioned.size > 0 ? !mentioned.has(system) : (systemsAt.get(`${e.why.span?.join(":")}`)?.size ?? 0) > 1) continue;
    offer(e.doc, { score: e.score, why: e.why });
  }
  // No fuse.js here: on the 677 labelled tuning pastes it changed no answer (typos are read by typo.ts).
  // It serves keyword search in the UI, where short typed queries over titles are what it is good at.

  // A paste naming the match's system raises its score; naming only other systems lowers it.
  const bySystem = (score: number, system: string) =>
    mentioned.has(system) ? score + (1 - score) * SYSTEM_NAMED_BONUS : mentioned.size > 0 ? score * OTHER_SYSTEM_FACTOR : score;
  const results: Array<{ match: Match; raw: number; doc: number; overlap?: OverlapHit }> = [];
  for (const [d, e] of best) {
    const doc = index.docs[d];
    if (!doc) continue;
    const score = Math.max(0, Math.min(1, bySystem(e.score, doc.system)));
    if (score < Math.min(threshold, POSSIBLE_FLOOR, RECALL_FLOOR, RUNNER_UP_FLOOR)) continue;
    // A runner-up under the threshold is only ever "possible", whatever it matched (one rule, with the cut below).
    const confidence: Confidence = score < threshold ? "possible" : e.phrase?.verbatim && e.phrase.coverage >= EXACT_COVERAGE && (e.why.kind === "signature" || e.why.kind === "status") ? "exact" : score >= LIKELY_SCORE ? "likely" : "possible";
    const match = { confidence, slug: doc.id, id: doc.id, url: doc.url, title: doc.title, system: doc.system, systemName: doc.systemName, score: Math.round(score * 1000) / 1000, why: e.why };
    results.push({ match, raw: score, doc: d, overlap: e.overlap });
  }
  results.sort((a, b) => b.raw - a.raw);
  // Below the threshold only as runners-up of a match that clears it ("possible"), or when the paste
  // names the best match's system: then it is about this catalog, and a paraphrase is shown as "possible".
  const top = results[0];
  if (!top) return [];
  // On a catalog grown past RARITY_SCALE, a best match on shared words must clear the bar with the
  // weights it would have had in a catalog of that size too (index.fixed).
  let raw = top.raw;
  if (top.overlap && index.fixed && raw >= Math.min(threshold, RECALL_FLOOR)) {
    raw = Math.min(raw, bySystem(fixedScore(index, words, top.overlap), top.match.system));
  }
  // Between POSSIBLE_FLOOR and the threshold the best match stands as "possible" when the paste names
  // its system (and says more than the name, and not another product of its vendor: "Webex Meetings",
  // "Genesys Cloud"; recall.ts), or agrees with its own texts in AGREEING_WORDS words and names no
  // product the catalog does not know ("SendGrid says 'processed' but recipients never see...").
  const named = () => mentioned.has(top.match.system) && !namesOtherProduct(index, tokens, text, words, top.match.system) && beyondName(index, text, top.match, top.doc, options);
  // The best match's agreement with its own texts, worked out once for the rules below that ask for it.
  let agreed: { shared: number; of: number } | undefined;
  const topAgreement = () => (agreed ??= agreement(index, words, top.doc));
  const agrees = () => topAgreement().shared >= AGREEING_WORDS && foreignNames(index, tokens, text, words) === 0;
  const possible = () => raw >= Math.min(threshold, POSSIBLE_FLOOR) && (named() || agrees());
  // Or, naming no system, when recall finds its product named and its texts agreeing (recall.ts).
  if (raw < threshold && !possible() && !recalled(index, words, tokens, text, { raw, system: top.match.system, agreeing: () => topAgreement().shared }, mentioned)) return [];
  // A best match on shared words, in a paste naming no system, must share UNNAMED_AGREEING uncommon words with
  // its own texts, or all its uncommon words ("export our Qikchat contact list to CSV" shares two with a
  // remedy's neighbours). (Threshold 0 asks for every score as it is: calibration and beyondName.)
  if (threshold > 0 && top.overlap && !mentioned.has(top.match.system)) {
    const { shared, of } = topAgreement();
    if (shared < UNNAMED_AGREEING && shared < of) return [];
  }
  // Runners-up below the threshold need POSSIBLE_FLOOR, or among the first few, RUNNER_UP_FLOOR and half the best's score.
  const near = (r: { raw: number }, i: number) => i < RUNNER_UP_SLOTS && r.raw >= RUNNER_UP_FLOOR && r.raw >= RUNNER_UP_SHARE * top.raw;
  const shown = results.filter((r, i) => i === 0 || r.raw >= Math.min(threshold, POSSIBLE_FLOOR) || near(r, i));
  // "It went out fine but the client never got it": of the matches shown, the best one's system's success
  // status is the question, when it scores at least RUNNER_UP_SHARE of the best (it only reorders what is
  // shown, and never displaces an exact message).
  const sent = claimsSentNotReceived(text) && top.match.confidence !== "exact" ? shown.findIndex((r) => r.match.system === top.match.system && r.raw >= RUNNER_UP_SHARE * top.raw && standsForSuccess(index.docs[r.doc])) : -1;
  if (sent > 0) shown.unshift(...shown.splice(sent, 1));
  return shown.slice(0, limit).map(({ match, overlap }) => (overlap ? { ...match, why: overlapWhy(index, words, overlap) } : match));
}
