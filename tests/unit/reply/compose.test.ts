import { describe, expect, test } from "vitest";
import { loadCatalog } from "@/lib/content/load";
import { composeReply, customerSteps, type ReplyScenario } from "@/lib/reply";

const origin = "https://fixpath.example";

const scenario: ReplyScenario = {
  title: "Too big",
  summary: "The request held more than 18000 records.",
  url: "/scenarios/acme/too-big",
  steps: [
    { id: "check", text: "Check the request's properties.", kind: "check" },
    { id: "split", text: "Send at most 18000 records a request.", kind: "action" },
    { id: "why", text: "Bigger requests are refused as a whole.", kind: "info" },
    { id: "ops", text: "Ask Dana in ops to replay the queue.", kind: "action", internal: true },
  ],
};

describe("composeReply", () => {
  test("the reply is the summary, the customer's steps numbered, and the checklist's absolute link", () => {
    expect(composeReply(scenario, { origin })).toBe(
      [
        "Hello,",
        "The request held more than 18000 records.",
        "To fix it:\n1. Check the request's properties.\n2. Send at most 18000 records a request.",
        "The full explanation, with these steps as a checklist you can tick off: https://fixpath.example/scenarios/acme/too-big",
        "If this does not solve it, reply to this message and we will look into it further.",
      ].join("\n\n"),
    );
  });

  test("internal steps never reach the reply, and explanations are left to the linked page", () => {
    const reply = composeReply(scenario, { origin });
    expect(reply).not.toContain("Dana");
    expect(reply).not.toContain("refused as a whole");
  });

  test("a reply written in content replaces the composed middle but keeps the link", () => {
    const reply = composeReply({ ...scenario, reply: "Please split the file in two and send it again." }, { origin, greeting: "Hi Sam," });
    expect(reply.startsWith("Hi Sam,\n\nPlease split the file in two and send it again.\n\n")).toBe(true);
    expect(reply).toContain("https://fixpath.example/scenarios/acme/too-big");
    expect(reply).not.toContain("To fix it");
  });

  test("in the agent edition, no internal step of any real scenario reaches its reply", () => {
    const { catalog } = loadCatalog(process.cwd(), "agent");
    for (const s of catalog.scenarios) {
      const reply = composeReply(s, { origin });
      for (const step of s.steps.filter((x) => x.internal)) expect(reply, s.id).not.toContain(step.text);
      expect(reply, s.id).toContain(`${origin}${s.url}`);
      for (const step of customerSteps(s)) expect(reply, s.id).toContain(step.text);
    }
  });
});
