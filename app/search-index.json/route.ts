import { getCatalog } from "@/lib/content";
import { indexForCatalog, serializeIndex } from "@/lib/match";

export const dynamic = "force-static";

/** The browser's matcher index: the same data the API and the CLI use. */
export function GET() {
  return new Response(serializeIndex(indexForCatalog(getCatalog())), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
