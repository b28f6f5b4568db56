import { basicPassword, passwordProblem, samePassword } from "./agent";

/** The docs team's reports: HTTP Basic auth against FIXPATH_INSIGHTS_PASSWORD (any user name); locked when unset. Pure. */
export type InsightsCheck = { ok: true } | { ok: false; status: 401 | 503; message: string };

export const isInsightsPath = (pathname: string) => pathname === "/insights" || pathname.startsWith("/insights/") || pathname.startsWith("/api/insights");

export function checkInsights(authorization: string | null, password: string | undefined): InsightsCheck {
  if (!password) {
    return {
      ok: false,
      status: 503,
      message: "Insights are locked: the server has no FIXPATH_INSIGHTS_PASSWORD set. Set it and restart the server to open the reports.",
    };
  }
  // The same rule as the agent password: a short or blank password keeps the reports locked.
  const weak = passwordProblem(password, "FIXPATH_INSIGHTS_PASSWORD");
  if (weak) return { ok: false, status: 503, message: `Insights are locked: ${weak}. Set a longer one and restart the server.` };
  const given = basicPassword(authorization);
  if (given !== undefined && samePassword(given, password)) return { ok: true };
  return { ok: false, status: 401, message: "Insights are for the docs team: sign in with the insights password." };
}
