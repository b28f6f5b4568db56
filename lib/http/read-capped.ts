/**
 * A request body as UTF-8 text, read at most `max` bytes: undefined when the declared or the actual
 * size is larger, so that a huge body is refused, not buffered (server.mjs refuses undeclared and
 * oversized bodies first; this holds wherever the route runs). One reader for every JSON route.
 */
export async function readCapped(request: Request, max: number): Promise<string | undefined> {
  if (Number(request.headers.get("content-length") ?? "0") > max) return undefined;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
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
