import { Readable } from "node:stream";
import { expect, test } from "vitest";
import { readCapped, readCappedNode } from "@/lib/http/read-capped.mjs";

const bytes = (p: string | Uint8Array) => (typeof p === "string" ? new TextEncoder().encode(p) : p);
const euro = new TextEncoder().encode("€");

const streamed = (parts: Array<string | Uint8Array>) =>
  new Request("http://x/", {
    method: "POST",
    body: new ReadableStream({
      start(c) {
        for (const p of parts) c.enqueue(bytes(p));
        c.close();
      },
    }),
    // @ts-expect-error Node's fetch needs duplex for a streamed body
    duplex: "half",
  });

/** A Node request (server.mjs's side) with these chunks; `open` leaves it unfinished, as a client still sending. */
function nodeRequest(parts: Array<string | Uint8Array>, headers: Record<string, string> = {}, open = false) {
  const req = Object.assign(new Readable({ read() {} }), { headers });
  for (const p of parts) req.push(Buffer.from(bytes(p)));
  if (!open) req.push(null);
  return req;
}

test("a body within the cap is read whole, as UTF-8 across chunk boundaries", async () => {
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

test("server.mjs's reader (a Node request) reads the same bytes as the routes' reader (a web Request) to the same text", async () => {
  const bodies: Array<Array<string | Uint8Array>> = [["ab", "cd"], [euro.slice(0, 1), euro.slice(1)], ['\uFEFF{"a":1}'], [new Uint8Array([0x61, 0xff, 0x62])], [], ["abc", "de"]];
  for (const parts of bodies) expect(await readCappedNode(nodeRequest(parts), 4), JSON.stringify(parts)).toBe(await readCapped(streamed(parts), 4));
  // A leading byte-order mark is dropped by both, so the fast path parses what the route parses.
  expect(await readCappedNode(nodeRequest(['\uFEFF{"a":1}']), 16)).toBe('{"a":1}');
});

test("a Node request declaring a length over the cap is refused unread", async () => {
  const req = nodeRequest(["hello"], { "content-length": "5" });
  expect(await readCappedNode(req, 4)).toBeUndefined();
  expect(req.readableFlowing).toBeNull();
});

test("a Node request growing past the cap is refused while it is still arriving, without destroying it (its 413 is still to be written)", async () => {
  const req = nodeRequest(["abc", "de"], {}, true);
  expect(await readCappedNode(req, 4)).toBeUndefined();
  expect(req.destroyed).toBe(false);
  expect(req.listenerCount("data")).toBe(0);
  req.destroy();
});
