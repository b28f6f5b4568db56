import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { expect, test } from "vitest";
import { DataDirLockedError, lockDataDir } from "@/lib/insights/db/lock";

test("a data folder locked by a live process is refused with a message that says what to do", async () => {
  const dir = mkdtempSync(join(tmpdir(), "fixpath-lock-"));
  const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
  try {
    writeFileSync(join(dir, "fixpath.lock"), String(other.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/FIXPATH_DATA_DIR|DATABASE_URL/);
  } finally {
    other.kill("SIGKILL");
  }
});

test("a lock left by a killed process is taken over, and released on unlock", async () => {
  const dir = mkdtempSync(join(tmpdir(), "fixpath-lock-"));
  const gone = spawn(process.execPath, ["-e", "0"]);
  await new Promise((r) => gone.on("exit", r));
  writeFileSync(join(dir, "fixpath.lock"), String(gone.pid));
  const unlock = lockDataDir(dir);
  expect(readFileSync(join(dir, "fixpath.lock"), "utf8")).toBe(String(process.pid));
  unlock();
  const again = lockDataDir(dir);
  again();
});
