import { pasteHref } from "@/lib/wizard/paste";

export const dynamic = "force-dynamic";

/** A paste is read up to this many bytes of form body; the rest is not read (the page says the paste was cut). */
const MAX_FORM_BYTES = 384 * 1024;

async function readForm(request: Request): Promise<string> {
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < MAX_FORM_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  const bytes = new Uint8Array(Math.min(size, MAX_FORM_BYTES));
  let at = 0;
  for (const c of chunks) {
    const part = c.subarray(0, bytes.length - at);
    bytes.set(part, at);
    at += part.length;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * The wizard's paste box posts here, so that a long paste never makes a URL too long (a 431) and an
 * e-mail address or token in it never reaches a URL, history or a log: the answer is a redirect to
 * the wizard with the paste masked and, when needed, shortened.
 */
export async function POST(request: Request): Promise<Response> {
  let text = "";
  try {
    text = new URLSearchParams(await readForm(request)).get("q") ?? "";
  } catch {
    text = "";
  }
  return new Response(null, { status: 303, headers: { location: pasteHref(text), "cache-control": "no-store" } });
}

/** A GET (a bookmarked or reloaded form address) goes to the wizard's start. */
export function GET(): Response {
  return new Response(null, { status: 303, headers: { location: "/diagnose" } });
}
