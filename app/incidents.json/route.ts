import { getIncidents } from "@/lib/content";
import { notEnded } from "@/lib/content/incident-active";

// Built with the site, like /catalog.json: the browser decides which of these are active now.
export const dynamic = "force-static";

export function GET() {
  const now = Date.now();
  return Response.json({ incidents: getIncidents().filter((i) => notEnded(i, now)) });
}
