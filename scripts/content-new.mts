// npm run content:new -- <system>/<slug> [--signature TEXT]: creates a scenario from the commented template;
// --signature puts TEXT first under signatures (the "Draft a scenario from this" command of /insights).
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { loadCatalog } from "@/lib/content/load";
import { PLACEHOLDER } from "@/lib/content/rules";
import { scaffoldScenario } from "@/lib/content/scaffold";
import type { Io } from "./content-check.mts";

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** The command: writes the new file under root and returns the exit status (2 for a refused id). */
export function contentNewCommand(argv: string[], env: Record<string, string | undefined> = process.env, io: Io = consoleIo, today = new Date()): number {
  let arg: string | undefined;
  let signature: string | undefined;
  try {
    const parsed = parseArgs({ args: argv, options: { signature: { type: "string" } }, allowPositionals: true });
    arg = parsed.positionals[0];
    signature = parsed.values.signature;
  } catch (error) {
    io.err(`content:new: ${(error as Error).message}\nusage: npm run content:new -- <system>/<slug> [--signature TEXT]`);
    return 2;
  }
  if (signature !== undefined && !signature.trim()) {
    io.err("--signature needs a text, e.g. --signature 'dispatch failed for <email>'");
    return 2;
  }
  const root = env.FIXPATH_ROOT ?? process.cwd();
  const { catalog } = loadCatalog(root, "agent");
  const result = scaffoldScenario(arg, catalog.systems, catalog.scenarios, today, { signature });
  if (!result.ok) {
    io.err(result.message);
    return 2;
  }
  const target = join(root, result.path);
  if (existsSync(target)) {
    io.err(`${result.path} already exists`);
    return 2;
  }
  writeFileSync(target, result.source);
  io.out(`created ${result.path}: replace every ${PLACEHOLDER} placeholder, then run npm run content:check`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exit(contentNewCommand(process.argv.slice(2)));
