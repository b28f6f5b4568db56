import { getCatalog } from "@/lib/content";
import { toCatalogJson } from "@/lib/content/catalog-json";

export const dynamic = "force-static";

export function GET() {
  return Response.json(toCatalogJson(getCatalog()));
}
