import { parseArgs } from "node:util";
import { z } from "zod";

export const usage = `usage: npm run diagnose -- [--json] [--limit N] [--batch] [TEXT]

  TEXT       the paste to diagnose; without it, all of stdin is read as one paste
  --json     print {"matches":[{"slug","score","title","url","system","why"}]}
  --limit N  at most N matches (1-50, default 5)
  --batch    read JSON Lines {"id","text"} from stdin, print one {"id","matches"} line each
  --         everything after this is TEXT, even if it starts with --`;

export type DiagnoseArgs =
  | { ok: true; help: boolean; json: boolean; batch: boolean; limit?: number; text?: string }
  | { ok: false; error: string };

const options = {
  json: { type: "boolean" },
  batch: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  limit: { type: "string" },
} as const;

export function parseDiagnoseArgs(argv: readonly string[]): DiagnoseArgs {
  // Not strict: the tokens let the messages stay ours, and a word such as "-5" or "-x" stays TEXT.
  const { tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  const set = new Set<string>();
  let limit: number | undefined;
  const words = new Map<number, string>();
  const textAt = new Set(tokens.filter((t) => t.kind === "option" && !(t.name in options) && !t.rawName.startsWith("--")).map((t) => t.index));
  for (const t of tokens) {
    if (textAt.has(t.index) || t.kind === "positional") {
      words.set(t.index, argv[t.index] ?? "");
      continue;
    }
    if (t.kind !== "option") continue;
    if (!(t.name in options)) return { ok: false, error: `unknown option ${t.rawName}${t.inlineValue ? `=${t.value}` : ""}` };
    if (t.name !== "limit") {
      if (t.value !== undefined) return { ok: false, error: `unknown option ${t.rawName}=${t.value}` };
      set.add(t.name);
      continue;
    }
    const value = t.value;
    const n = Number(value);
    if (value === undefined || !/^\d+$/.test(value) || n < 1 || n > 50) {
      return { ok: false, error: `--limit needs a whole number from 1 to 50, got ${value === undefined ? "nothing" : JSON.stringify(value)}` };
    }
    limit = n;
  }
  const rest = [...words.values()];
  const text = rest.length > 0 ? rest.join(" ") : undefined;
  const batch = set.has("batch");
  if (batch && text !== undefined) return { ok: false, error: "--batch reads JSON Lines from stdin; do not pass TEXT too" };
  if (text !== undefined && text.trim() === "") return { ok: false, error: "TEXT is empty" };
  return { ok: true, help: set.has("help"), json: set.has("json"), batch, limit, text };
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
