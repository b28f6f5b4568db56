import { expect, test } from "vitest";
import { pasteToKeep } from "@/components/error/paste-memory";

test("an error page gives back the paste in the page's ?q=", () => {
  expect(pasteToKeep("?q=Dispatch%20is%20paused", null)).toBe("Dispatch is paused");
});

test("an error page falls back to the paste the tab remembered when the URL has none", () => {
  expect(pasteToKeep("?system=wxm", "a long log excerpt")).toBe("a long log excerpt");
  expect(pasteToKeep("?q=%20%20", "a long log excerpt")).toBe("a long log excerpt");
});

test("an error page offers an empty box when there is no paste anywhere", () => {
  expect(pasteToKeep("", null)).toBe("");
});

test("a hostile paste comes back as the same text, not decoded further", () => {
  const payload = '"><script>alert(1)</script>';
  expect(pasteToKeep(`?q=${encodeURIComponent(payload)}`, null)).toBe(payload);
});
