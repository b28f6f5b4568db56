import type { Accent } from "@/lib/content/schema";

/** What a result needs to show its system's badge; passed down from the server. */
export type SystemLabels = Record<string, { shortName: string; name: string; accent: Accent }>;

/** Text kept in the URL (?q=), masked; longer pastes stay in the tab (lib/search/url-query). */
export { MAX_URL_QUERY } from "@/lib/search/url-query";
