import "server-only";
import { FEEDBACK_FAST_PATH } from "./fast-path-key.mjs";
import { acceptFeedbackBody, type Answer } from "./ingest";
import { MAX_EVENT_BODY_BYTES } from "./schema";

/**
 * Server-only: POST /api/feedback without Next's router. server.mjs (`npm start`) answers it
 * through this handler, registered from instrumentation-node.ts, because under load Next's
 * per-request work (routing, the proxy, web streams) cost as much of the one server thread as a
 * search, and 50 connections posting feedback slowed searches by half (docs/performance.md). The
 * answer is the route's own (acceptFeedbackBody); `next dev` and `next start` use the route.
 */

export interface FeedbackFastPath {
  maxBytes: number;
  accept(raw: string | undefined, headers: Record<string, string | string[] | undefined>): Promise<Answer>;
}

function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

export function registerFeedbackFastPath(): void {
  const handler: FeedbackFastPath = { maxBytes: MAX_EVENT_BODY_BYTES, accept: (raw, headers) => acceptFeedbackBody(raw, toHeaders(headers)) };
  (globalThis as { [FEEDBACK_FAST_PATH]?: FeedbackFastPath })[FEEDBACK_FAST_PATH] = handler;
}
