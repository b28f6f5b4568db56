import { agentPasswordProblem, MIN_PASSWORD_LENGTH } from "@/lib/auth/agent";

// The agent edition refuses to start without a usable password (docs/security.md): better a clear
// error in the deploy log than a server that answers every request with 503.
if (process.env.FIXPATH_EDITION === "agent") {
  const problem = agentPasswordProblem(process.env.FIXPATH_AGENT_PASSWORD);
  if (problem !== undefined) {
    console.error(
      `Fixpath agent edition: refusing to start: ${problem}. Set FIXPATH_AGENT_PASSWORD to a password of at least ${MIN_PASSWORD_LENGTH} characters (not only spaces).`,
    );
    // `next dev` keeps running, so the preview shows the same message (the proxy answers 503 with it).
    if (process.env.NODE_ENV === "production") process.exit(1);
  }
}

// Open the insights database and apply its migrations at start, so that a locked data folder or an
// unreachable DATABASE_URL is reported at once (searches work regardless). Not while building.
if (process.env.NEXT_PHASE !== "phase-production-build") {
  void import("@/lib/insights/server").then(({ getInsights }) => getInsights().store().catch(() => {}));
  // server.mjs answers POST /api/feedback through this, past Next's router (lib/insights/fast-path.ts).
  void import("@/lib/insights/fast-path").then(({ registerFeedbackFastPath }) => registerFeedbackFastPath());
}
