import { expect, test } from "vitest";
import { readCapped } from "@/lib/http/read-capped";

const streamed = (parts: Array<string | Uint8Array>) =>
  new Request("http://x/", {
    method: "POST",
    body: new ReadableStream({
      start(c) {
        for (const p of parts) c.enqueue(typeof p === "string" ? new TextEncoder().encode(p) : p);
        c.close();
      },
    }),
    // @ts-expect-error Node's fetch needs duplex for a streamed body
    duplex: "half",
  });

test("a body within the cap is read whole, as UTF-8 across chunk boundaries", async () => {
  const euro = new TextEncoder().encode("€");
  expect(await readCapped(streamed([euro.slice(0, 1), euro.slice(1)]), 16)).toBe("€");
  expect(await readCapped(streamed(["ab", "cd"]), 4)).toBe("abcd");
});

test("a declared length over the cap is refused before reading", async () => {
  const req = new Request("http://x/", { method: "POST", body: "hello", headers: { "content-length": "5" } });
  expect(await readCapped(req, 4)).toBeUndefined();
});

test("an undeclared body that grows past the cap is refused once it does", async () => {
  expect(await readCapped(streamed(["abc", "de"]), 4)).toBeUndefined();
});

test("no body reads as empty text", async () => {
  expect(await readCapped(new Request("http://x/"), 4)).toBe("");
});
