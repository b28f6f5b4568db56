import type { PageEvent } from "@/lib/insights/schema";

/** The browser side of insights: no cookies, nothing sent under Do Not Track or Global Privacy Control. */
export function trackingAllowed(): boolean {
  if (typeof navigator === "undefined") return false;
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return nav.doNotTrack !== "1" && nav.globalPrivacyControl !== true;
}

/** Sends one event without waiting (sendBeacon survives the page being left); never throws. */
export function sendEvent(event: PageEvent): void {
  if (!trackingAllowed()) return;
  try {
    const body = JSON.stringify(event);
    const blob = new Blob([body], { type: "application/json" });
    if (!navigator.sendBeacon?.("/api/events", blob)) {
      void fetch("/api/events", { method: "POST", body, headers: { "content-type": "application/json" }, keepalive: true, credentials: "same-origin" }).catch(() => {});
    }
  } catch {
    // Insights must never break a page.
  }
}
