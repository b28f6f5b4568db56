import { expect, test } from "vitest";
import { buildMatchIndex, diagnose } from "@/lib/match";
import { POSSIBLE_FLOOR, RUNNER_UP_FLOOR, RUNNER_UP_SHARE, RUNNER_UP_SLOTS } from "@/lib/match/tunables";
import { fixtureDocs } from "./fixture";

const index = buildMatchIndex(fixtureDocs);

test("a runner-up close behind the best match is shown as possible, below the possible floor", () => {
  // "rejected" and "records" are Max Record size Exceeded's, "dispatch" Dispatch is paused's too.
  const shown = diagnose(index, "the records of the dispatch were rejected");
  expect(shown[0]?.slug).toBe("acme/max-records");
  const second = shown.find((m) => m.slug === "acme/dispatch-paused");
  expect(second?.confidence).toBe("possible");
  expect(second?.score ?? 0).toBeLessThan(POSSIBLE_FLOOR);
});

test("runners-up below the possible floor are only shown among the first few, near the best, above their floor", () => {
  const pastes = [
    "the records of the dispatch were rejected",
    "our message shows Sent and the address was missing",
    "message Sent but recipient says it never came, log shows it",
    "the bearer token for the API expired and the request got rejected",
    "the communication log shows the notification as SENT",
  ];
  for (const paste of pastes) {
    const shown = diagnose(index, paste);
    const best = shown[0]?.score ?? 0;
    shown.slice(1).forEach((m, i) => {
      if (m.score >= Math.min(index.threshold, POSSIBLE_FLOOR)) return;
      expect(i + 1, paste).toBeLessThan(RUNNER_UP_SLOTS);
      expect(m.score, paste).toBeGreaterThanOrEqual(RUNNER_UP_FLOOR);
      expect(m.score, paste).toBeGreaterThanOrEqual(RUNNER_UP_SHARE * best - 0.001);
    });
  }
  // Far behind an exact match, a candidate is not worth reading: 0.21 under 0.73 is not shown.
  const far = diagnose(index, "our message shows Sent and the address was missing");
  expect(far[0]?.slug).toBe("acme/not-sent");
  expect(far.every((m) => m.score >= POSSIBLE_FLOOR)).toBe(true);
  expect(diagnose(index, "our message shows Sent and the address was missing", { threshold: 0 }).some((m) => m.score < POSSIBLE_FLOOR)).toBe(true);
});
