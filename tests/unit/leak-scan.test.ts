import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { scan } from "../../scripts/leak-scan.mts";

const dir = mkdtempSync(join(tmpdir(), "fixpath-scan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function plant(path: string, content: string | Buffer): void {
  mkdirSync(join(dir, path, ".."), { recursive: true });
  writeFileSync(join(dir, path), content);
}

describe("the leak scanner", () => {
  plant("server/app/page.html", "<p>Public text.</p><p>Ask Dineshr about the pool.</p>");
  plant("static/chunks/deep/nested/chunk.js", 'self.x=["fine","the pool fix was deployed"];');
  plant("server/app/catalog.json.body", '{"steps":[{"text":"Restart it."}]}');
  plant("static/media/binary.woff2", Buffer.from([0, 255, 10, ...Buffer.from("Dineshr"), 0, 1]));
  plant("cache/fetch-cache/entry", "Dineshr lives in the compiler cache, which is never served");
  plant("server/app/clean.html", "<p>Nothing to see.</p>");

  test("finds every planted needle in every file that holds it, at any depth, in text or binary files", () => {
    const hits = scan(dir, ["Dineshr", "the pool fix was deployed", "never planted anywhere"]).map((h) => [h.file.slice(dir.length + 1), h.needle]);
    expect(hits.sort()).toEqual(
      [
        ["server/app/page.html", "Dineshr"],
        ["static/chunks/deep/nested/chunk.js", "the pool fix was deployed"],
        ["static/media/binary.woff2", "Dineshr"],
      ].sort(),
    );
  });

  test("finds nothing in a folder without the needles", () => {
    expect(scan(dir, ["SENTINEL-NOT-THERE"])).toEqual([]);
  });
});
