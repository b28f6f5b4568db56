import type { Match } from "./diagnose";

/** The JSON shape the CLI and the HTTP API share. */
export function toJsonMatch(m: Match) {
  return { slug: m.slug, score: m.score, confidence: m.confidence, title: m.title, url: m.url, system: m.system, why: m.why };
}
