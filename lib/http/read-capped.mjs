// A request body as UTF-8 text, read at most `max` bytes: undefined when the declared or the actual
// size is larger, so that a huge body is refused, not buffered. One rule for every reader: the app's
// JSON routes (a web Request) and server.mjs's feedback fast path (a Node request). Plain JavaScript
// so that server.mjs can import it.

/** True when the Content-Length header alone says the body is over the cap: refused unread. */
const declaredOver = (contentLength, max) => Number(contentLength ?? 0) > max;

/** Collects chunks up to `max` bytes; `add` says false once the body is over it. */
function cappedBody(max) {
  const chunks = [];
  let size = 0;
  return {
    add(chunk) {
      size += chunk.byteLength;
      if (size > max) return false;
      chunks.push(chunk);
      return true;
    },
    text() {
      const all = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        all.set(c, at);
        at += c.byteLength;
      }
      return new TextDecoder().decode(all);
    },
  };
}

/** A web Request's body (the routes); past the cap the stream is cancelled. */
export async function readCapped(request, max) {
  if (declaredOver(request.headers.get("content-length"), max)) return undefined;
  if (!request.body) return "";
  const body = cappedBody(max);
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return body.text();
    if (!body.add(value)) {
      await reader.cancel();
      return undefined;
    }
  }
}

/**
 * A Node request's body (server.mjs). Past the cap it only stops listening: destroying the request
 * would close the socket before the 413 is written (that answer closes the connection itself).
 */
export function readCappedNode(req, max) {
  if (declaredOver(req.headers["content-length"], max)) return Promise.resolve(undefined);
  const body = cappedBody(max);
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      if (body.add(chunk)) return;
      req.off("data", onData).off("end", onEnd);
      resolve(undefined);
    };
    const onEnd = () => resolve(body.text());
    req.on("data", onData).on("end", onEnd).on("error", reject);
  });
}
