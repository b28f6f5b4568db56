// Reads the labelled pastes of an eval folder (tests/eval/tuning or heldout, recursively): the one
// reader for `npm run eval` and tests/unit/eval.test.ts. A malformed line names its file and line.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { labelledPaste, type LabelledPaste } from "@/lib/match/evaluate";

export function readLabelledPastes(dir: string): LabelledPaste[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l, i) => {
          const parsed = labelledPaste.safeParse(JSON.parse(l));
          if (!parsed.success) throw new Error(`${f}:${i + 1}: ${parsed.error.message}`);
          return parsed.data;
        }),
    );
}
