import { getCatalog } from "@/lib/content";
import { cardsJsonForCatalog } from "@/lib/search/catalog-engine";

export const dynamic = "force-static";

/** Result cards and keyword search data for the browser: built from the edition-filtered catalog. */
export function GET() {
  return new Response(cardsJsonForCatalog(getCatalog()), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
