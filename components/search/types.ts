import type { Accent } from "@/lib/content/schema";

/** What a result needs to show its system's badge; passed down from the server. */
export type SystemLabels = Record<string, { shortName: string; name: string; accent: Accent }>;

/** Text kept in the URL (?q=) so reload, back and shared links work; longer pastes stay on the page only. */
export const MAX_URL_QUERY = 1800;
