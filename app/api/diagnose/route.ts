import { getCatalog } from "@/lib/content";
import { answerGet, answerPost, MAX_BODY_BYTES, type ApiAnswer } from "@/lib/match/api";
import { indexForCatalog } from "@/lib/match/catalog-index";

export const dynamic = "force-dynamic";

const reply = (a: ApiAnswer) => Response.json(a.body, { status: a.status, headers: { "cache-control": "no-store" } });

/** Reads at most MAX_BODY_BYTES (+1, to know it was more) so that a huge body is refused, not buffered. */
async function readCapped(request: Request): Promise<string | undefined> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return undefined;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

export async function POST(request: Request) {
  let body: string | undefined;
  try {
    body = await readCapped(request);
  } catch {
    return reply({ status: 400, body: { error: "could not read the request body" } });
  }
  if (body === undefined) return reply({ status: 413, body: { error: `request body is larger than ${MAX_BODY_BYTES} bytes` } });
  return reply(answerPost(indexForCatalog(getCatalog()), body));
}

export function GET(request: Request) {
  return reply(answerGet(indexForCatalog(getCatalog()), new URL(request.url).searchParams));
}
