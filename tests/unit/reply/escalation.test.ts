import { describe, expect, test } from "vitest";
import { composeEscalation, MAILTO_MAX, redactPaste, resolveEscalation } from "@/lib/reply";

const tried = [
  {
    id: "wxm/batch-exception",
    title: "Batch exception",
    url: "/scenarios/wxm/batch-exception",
    steps: [
      { id: "a", text: "Restart the serverless compute.", kind: "action" },
      { id: "b", text: "Check the dispatch configuration.", kind: "check" },
      { id: "c", text: "Why it happens.", kind: "info" },
    ],
    done: ["a"],
  },
];
const escalation = { contact: "support@xm.webex.com", include: ["The batchid", "The exception details"] };

describe("composeEscalation", () => {
  test("holds the scenario, ticked and unticked steps, answers, the masked paste and what to send", () => {
    const m = composeEscalation({
      escalation,
      tried,
      answers: [{ question: "Which product is it?", answer: "WXM" }],
      paste: "Batch failed for jane.doe@example.com, call +44 7700 900123, key sk_live_4eC39HqLyjWDarjtT1zdp7dc",
      origin: "https://fixpath.example",
    });
    expect(m.subject).toBe("Escalation: Batch exception [wxm/batch-exception]");
    expect(m.body).toContain("Scenario: Batch exception (wxm/batch-exception)");
    expect(m.body).toContain("https://fixpath.example/scenarios/wxm/batch-exception");
    expect(m.body).toContain("Steps done: 1 of 2");
    expect(m.body).toContain("[x] Restart the serverless compute.");
    expect(m.body).toContain("[ ] Check the dispatch configuration.");
    expect(m.body).not.toContain("Why it happens.");
    expect(m.body).toContain("Which product is it? WXM");
    expect(m.body).toContain("  - The batchid: ");
    expect(m.body).toContain("  - The exception details: ");
    for (const secret of ["jane.doe", "7700 900123", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"]) expect(m.body).not.toContain(secret);
    expect(m.body).toContain("Batch failed for");
  });

  test("an e-mail contact gets a mailto: link with the subject and body, cut to what mail clients accept", () => {
    const long = composeEscalation({ escalation, tried, paste: "word ".repeat(5000), origin: "https://x.example" });
    expect(long.mailto?.startsWith("mailto:support@xm.webex.com?subject=Escalation%3A%20Batch%20exception")).toBe(true);
    const body = new URL(long.mailto ?? "").searchParams.get("body") ?? "";
    expect(encodeURIComponent(body).length).toBeLessThanOrEqual(MAILTO_MAX);
    expect(body).toContain("Copy for support");
    expect(long.body.length).toBeGreaterThan(body.length);
  });

  test("a contact that is not an address gets no mailto:, only the text to copy", () => {
    const m = composeEscalation({ escalation: { contact: "Genesys support", include: [] }, tried, origin: "https://x.example" });
    expect(m.mailto).toBeUndefined();
    expect(m.body).toContain("Batch exception");
  });
});

describe("resolveEscalation", () => {
  test("a scenario naming the system's contact also asks for what the system asks, once", () => {
    const system = { contact: "support@xm.webex.com", include: ["The batchid", "The exception details"] };
    const own = { contact: "Support@xm.webex.com ", include: ["The exception details"] };
    expect(resolveEscalation(own, system)?.include).toEqual(["The exception details", "The batchid"]);
    expect(resolveEscalation(resolveEscalation(own, system), system)).toEqual(resolveEscalation(own, system));
  });

  test("another contact replaces the system's; none falls back to it", () => {
    const system = { contact: "a@x.test", include: ["A"] };
    expect(resolveEscalation({ contact: "Ops", include: [] }, system)).toEqual({ contact: "Ops", include: [] });
    expect(resolveEscalation(undefined, system)).toBe(system);
  });
});

describe("redactPaste", () => {
  test("masks e-mail addresses, phone numbers, tokens, URLs and long ids; keeps words and times", () => {
    const out = redactPaste(
      "14-03-28 12:17:10.138 WARN send to bob@corp.example failed; tel 0044 20 7946 0958; Bearer eyJhbGciOiJIUzI1NiJ9abcDEF; id 7f3c9a2e-41b8-4c1d-9e0a-2b6f5d8c1e44 at https://api.example.com/x?token=abc batch 123456789",
    );
    for (const secret of ["bob@corp", "7946 0958", "eyJhbGciOiJIUzI1NiJ9abcDEF", "7f3c9a2e", "api.example.com", "123456789"]) expect(out).not.toContain(secret);
    expect(out).toContain("14-03-28 12:17:10.138 WARN send to");
    expect(out).toContain("failed");
  });
});
