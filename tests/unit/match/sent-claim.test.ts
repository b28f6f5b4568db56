import { expect, test } from "vitest";
import { buildMatchIndex, diagnose, type MatchDoc } from "@/lib/match";
import { claimsSentNotReceived } from "@/lib/match/success";
import { fixtureDocs } from "./fixture";

test("a paste claims the system sent what the recipient never got", () => {
  for (const yes of [
    "the mambu log says the email to the client went through successfully but the client says nothing ever arrived",
    "mail went out from the platform fine but client says it never arrived",
    "it shows SENT but the customer didn't get it",
    "the SMS was delivered according to the log, yet the borrower has not received it",
  ])
    expect(claimsSentNotReceived(yes), yes).toBe(true);
  for (const no of [
    "a repayment reminder didn't go out, how do I push it again?",
    "the email never went out and the client never got it",
    "the message wasn't sent, so nothing arrived",
    "the email went out fine", // nobody says it did not arrive
    "my password reset email never arrived", // nobody says it was sent
  ])
    expect(claimsSentNotReceived(no), no).toBe(false);
});

// A system whose failed scenario shares the paste's words more than its sent one does.
const beta = fixtureDocs.find((d) => d.id === "beta/sent");
if (!beta) throw new Error("fixture: beta/sent is missing");
const docs: MatchDoc[] = [
  ...fixtureDocs.filter((d) => d.system !== "beta"),
  { ...beta, id: "beta/sent", title: "Notification SENT", summary: "Beta sent the notification; check the recipient's spam folder.", signatures: ["SENT"], symptoms: ["the notification shows SENT"], statuses: ["SENT"], group: "SENT" },
  { ...beta, id: "beta/failed", title: "Notification FAILED", summary: "The email to the client was not delivered; resend it.", signatures: ["FAILED"], symptoms: ["the email to the client was not delivered"], statuses: ["FAILED"], group: "FAILED" },
];
const index = buildMatchIndex(docs);

test("when the paste says it went out but never arrived, the success status of the best match's system leads", () => {
  const claim = "Beta: the email to the client went out fine, the notification shows it, but the client never got it";
  const shown = diagnose(index, claim);
  expect(shown.map((m) => m.slug).slice(0, 2)).toEqual(["beta/sent", "beta/failed"]);
  // It reorders what is shown: the scores stay what the words say.
  expect(shown[0]?.score ?? 1).toBeLessThan(shown[1]?.score ?? 0);
  // Without the claim, the words favour the failed one, as before.
  expect(diagnose(index, "Beta: the email to the client, the notification shows it, but the client never got it")[0]?.slug).toBe("beta/failed");
});
