import { z } from "zod";
import type { Match } from "./diagnose";

export const usage = `usage: npm run diagnose -- [--json] [--limit N] [--batch] [TEXT]

  TEXT       the paste to diagnose; without it, all of stdin is read as one paste
  --json     print {"matches":[{"slug","score","title","url","system","why"}]}
  --limit N  at most N matches (1-50, default 5)
  --batch    read JSON Lines {"id","text"} from stdin, print one {"id","matches"} line each
  --         everything after this is TEXT, even if it starts with --`;

export type DiagnoseArgs =
  | { ok: true; help: boolean; json: boolean; batch: boolean; limit?: number; text?: string }
  | { ok: false; error: string };

export function parseDiagnoseArgs(argv: readonly string[]): DiagnoseArgs {
  let json = false;
  let batch = false;
  let help = false;
  let limit: number | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      rest.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "--json") json = true;
    else if (arg === "--batch") batch = true;
    else if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--limit" || arg.startsWith("--limit=")) {
      const value = arg === "--limit" ? argv[++i] : arg.slice("--limit=".length);
      const n = Number(value);
      if (value === undefined || !/^\d+$/.test(value) || n < 1 || n > 50) {
        return { ok: false, error: `--limit needs a whole number from 1 to 50, got ${value === undefined ? "nothing" : JSON.stringify(value)}` };
      }
      limit = n;
    } else if (arg.startsWith("--")) return { ok: false, error: `unknown option ${arg}` };
    else rest.push(arg);
  }
  const text = rest.length > 0 ? rest.join(" ") : undefined;
  if (batch && text !== undefined) return { ok: false, error: "--batch reads JSON Lines from stdin; do not pass TEXT too" };
  if (text !== undefined && text.trim() === "") return { ok: false, error: "TEXT is empty" };
  return { ok: true, help, json, batch, limit, text };
}

const batchLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string({ error: "text must be a string" }),
});

export function readBatchLine(line: string): { ok: true; id: string | number; text: string } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, error: "not valid JSON" };
  }
  const row = batchLine.safeParse(value);
  if (!row.success) return { ok: false, error: `expected {"id","text"}: ${row.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ")}` };
  return { ok: true, id: row.data.id, text: row.data.text };
}

/** The JSON shape the CLI and the HTTP API share. */
export function toJsonMatch(m: Match) {
  return { slug: m.slug, score: m.score, confidence: m.confidence, title: m.title, url: m.url, system: m.system, why: m.why };
}
