import { expect, test } from "vitest";
import { buildMatchIndex, diagnose, diagnosePaste } from "@/lib/match";
import { isSuccessStatus, standsForSuccess } from "@/lib/match/success";
import { fixtureDocs } from "./fixture";

const index = buildMatchIndex(fixtureDocs);

test("a status reports success when it says the system's part is done", () => {
  for (const s of ["Sent", "SENT", "Delivered", " sent "]) expect(isSuccessStatus(s), s).toBe(true);
  for (const s of ["Not sent", "To send", "FAILED", "Waiting", "SENDING_ASYNC", ""]) expect(isSuccessStatus(s), s).toBe(false);
  expect(standsForSuccess({ statuses: ["Sent"] })).toBe(true);
  expect(standsForSuccess({ statuses: ["Sent", "Waiting"] })).toBe(false);
  expect(standsForSuccess({ statuses: [] })).toBe(false);
});

test("in a table, a success status yields to the other statuses beside it, though it is the odd one out", () => {
  const table = "Subject | Status\nWelcome | Waiting\nReminder | Waiting\nInvoice | Waiting\nNews | Sent";
  const result = diagnosePaste(index, table);
  expect(result.matches[0]?.slug).toBe("acme/waiting");
  expect(result.matches.map((m) => m.slug)).toContain("acme/sent");
  // The counts per cause are the table's, whatever comes first.
  expect(result.table?.groups.find((g) => g.slug === "acme/waiting")?.count).toBe(3);
  expect(result.table?.groups.find((g) => g.slug === "acme/sent")?.count).toBe(1);
  // Between two statuses that are no success, the odd one out still leads.
  expect(diagnose(index, "Subject | Status\nWelcome | Waiting\nReminder | Waiting\nInvoice | Not sent")[0]?.slug).toBe("acme/not-sent");
  // Only Sent rows: the question is the Sent one.
  expect(diagnose(index, "Subject | Status\nWelcome | Sent\nReminder | Sent")[0]?.slug).toBe("acme/sent");
});
