/**
 * Runs once when the server starts: opens the insights database and applies its migrations, so that
 * a locked data folder or an unreachable DATABASE_URL is reported at start (searches work regardless).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getInsights } = await import("@/lib/insights/server");
  getInsights()
    .store()
    .catch(() => {});
}
