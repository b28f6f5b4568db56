import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const dynamic = "force-dynamic";

/** Dev only: a fingerprint of content/ so the page can refresh itself after an edit. */
export function GET() {
  if (process.env.NODE_ENV === "production") return new Response("Not found", { status: 404 });
  const dir = join(process.env.FIXPATH_CONTENT_ROOT ?? process.cwd(), "content");
  let version = "";
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const s = statSync(join(entry.parentPath, entry.name));
    version += `${entry.name}:${s.mtimeMs}:${s.size};`;
  }
  return Response.json({ version }, { headers: { "cache-control": "no-store" } });
}
