import { expect, test } from "vitest";
import { matchPaste } from "@/components/wizard/paste-match";
import { loadCatalog } from "@/lib/content/load";
import { buildFlow, buildScreen } from "@/lib/wizard";

const { catalog } = loadCatalog(process.cwd(), "customer");
const flow = buildFlow(catalog);
const screenFor = (paste: string) => buildScreen(flow, { state: { step: "system", paste }, notices: [] }, matchPaste(catalog, paste));

test("a log line carrying an exact WXM error jumps to that root cause", () => {
  const screen = screenFor("2024-03-14T10:22:31Z ERROR POST /dispatchRequest -> Max Record size Exceeded");
  expect(screen.view.kind === "result" && screen.view.scenario.id).toBe("wxm/max-record-size-exceeded");
  expect(screen.view.kind === "result" && screen.view.continueHref).toBe("/diagnose?system=wxm");
});

test("a vague description does not jump anywhere", () => {
  const screen = screenFor("my message did not arrive");
  expect(screen.view.kind).toBe("system");
  expect(screen.notices).toHaveLength(1);
});
