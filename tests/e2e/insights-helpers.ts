import { expect, type APIRequestContext } from "@playwright/test";

/** A server's new embedded database takes a while to start: wait until it records an event. */
export async function waitForInsightsDb(request: APIRequestContext) {
  const event = { type: "open", channel: "home", scenario: "warm/up", rank: 1 };
  await expect
    .poll(async () => ((await (await request.post("/api/events", { data: event })).json()) as { queued?: boolean }).queued, { timeout: 170_000, intervals: [1000] })
    .toBe(true);
}
