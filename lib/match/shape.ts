/**
 * The shape of a paste, read before its words: JSON, a log, a ticket or plain text. What is context
 * rather than message (JSON keys and ids, log prefixes and stack frames, greetings and signatures)
 * is blanked out with spaces, so that every offset into the paste still points at the same text
 * (the results highlight what matched). Pure string work with fixed, bounded patterns.
 */
import type { PasteShape } from "./types";

const blank = (s: string) => s.replace(/[^\n]/g, " ");

/** Replaces each match of `re` (global) by spaces, or only the group `part` of it. */
function blankAll(text: string, re: RegExp, keep?: (m: RegExpExecArray) => boolean): string {
  return text.replace(re, (...args) => {
    const m = args.slice(0, -2) as unknown as RegExpExecArray;
    return keep?.(m) ? (m[0] ?? "") : blank(m[0] ?? "");
  });
}

// ── JSON ─────────────────────────────────────────────────────────────────────────────────────
/** A JSON key, escaped or not: "message": or \"message\": */
const JSON_KEY = /\\*"([A-Za-z_$][\w$.-]{0,60})\\*"\s*:/g;
/** Keys whose name says a status follows: kept, so "state": "FAILED" reads as a status. */
const STATUS_KEY = /^(?:status|state|[a-z]*(?:Status|State)|[a-z]+_(?:status|state))$/;
/** Keys whose values are identifiers, addresses or times: their string values are context. */
const ID_KEY =
  /(?:^|[_-])(?:id|ids|uuid|guid|key|hash|etag|token|secret|signature|url|uri|href|path|email|phone|mobile|msisdn|ip|host|timestamp|time|date|at|version)$|(?:Id|ID|Uuid|Url|Uri|Ip|At|Time|Date|Timestamp)$/;
/** A JSON string value right after its key, escaped or not. */
const ID_STRING = /^\s*\\*"[^"\\\n]{0,200}\\*"/;

function looksLikeJson(text: string): boolean {
  let keys = 0;
  for (const _ of text.matchAll(JSON_KEY)) if (++keys >= 2) return true;
  return false;
}

/** Keys and identifier values blanked; message, error, reason, status values (and the status keys) kept. */
export function focusJson(text: string): string {
  const out = text.split("");
  const wipe = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== "\n") out[i] = " ";
  };
  for (const m of text.matchAll(JSON_KEY)) {
    const key = m[1] ?? "";
    const end = m.index + m[0].length;
    if (!STATUS_KEY.test(key)) wipe(m.index, end);
    if (!ID_KEY.test(key)) continue;
    // The string value after an identifier key, escaped or not: "batchId": "77aa" or \"batchId\":\"65aa\"
    const value = ID_STRING.exec(text.slice(end, end + 260));
    if (value) wipe(end, end + value[0].length);
  }
  return out.join("");
}

// ── Logs ─────────────────────────────────────────────────────────────────────────────────────
const LOG_LINE_NOISE: RegExp[] = [
  // AWS Lambda's own lines: START / END / REPORT RequestId: ...
  /^[ \t]*(?:START|END|REPORT|INIT_START)\s+(?:RequestId|Runtime)\b.*$/gm,
  // Stack frames (.NET, Java, Node) and their trailers.
  /^[ \t]*at\s+[\w$.<>`[\]]+(?:\(.*\))?(?:\s+in\s+\S+)?\s*$/gm,
  /^[ \t]*at\s+(?:async\s+)?[\w$.<>]+\s+\(.*\)\s*$/gm,
  /^[ \t]*(?:---\s*End of (?:inner exception )?stack trace.*|\.\.\.\s*\d+\s+more)\s*$/gm,
];
const LOG_TOKEN_NOISE: RegExp[] = [
  // [thread-name] [pool-1-thread-3] [tid:22] [main]: one bracketed word without spaces.
  /\[[\w.:$@#/-]{1,60}\]/g,
  // Logger and class names: com.cisco.wxm.DispatchService, XM.ID.Dispatcher.Net.BatchController.
  /\b(?:[A-Za-z_$][\w$]*\.){2,}[A-Za-z_$][\w$]*(?:\[\d+\])?/g,
  // Identifier pairs: req=7d3e55b1, RequestId: abc, traceId="...", pid=22
  /\b(?:req|request|requestid|request_id|trace|traceid|trace_id|span|spanid|correlationid|correlation_id|invocationid|pid|tid|thread|id|host|ip|rt|latency|duration|elapsed|ms|bytes|size|ua|agent|user_agent|referer|referrer)\s*[=:]\s*(?:"[^"\n]{0,120}"|\S{1,120})/gi,
  // Access-log tail: the referrer and user agent quoted after the status and size.
  /"(?:-|[^"\n]{0,200}\/[\d.]+[^"\n]{0,200})"\s*$/gm,
  // syslog program[pid]: prefix
  /\b[\w.-]{1,40}\[\d{1,7}\]:/g,
];

function looksLikeLog(text: string): boolean {
  return (
    /^[ \t]*(?:START|END|REPORT)\s+RequestId\b/m.test(text) ||
    /^[ \t]*at\s+[\w$.<>]+[.(]/m.test(text) ||
    /^\S*\d{1,4}[-/:.]\d{1,2}[-/:.]\d{1,4}/m.test(text) ||
    /^\s*\[[^\]\n]{1,40}\]\s*\[/m.test(text) ||
    /"(?:GET|POST|PUT|PATCH|DELETE) \S+ HTTP\/[\d.]+"/.test(text)
  );
}

export function focusLog(text: string): string {
  let out = text;
  for (const re of LOG_LINE_NOISE) out = blankAll(out, re);
  for (const re of LOG_TOKEN_NOISE) out = blankAll(out, re);
  return out;
}

// ── Tickets and chats ────────────────────────────────────────────────────────────────────────
const GREETING = /^[ \t]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hola|bonjour|hallo|namaste)\b[^\n]{0,40}$/gim;
const SIGN_OFF = /^[ \t]*(?:thanks|thank you|many thanks|thanks in advance|regards|kind regards|best regards|warm regards|best|cheers|br|sincerely|merci|danke|gracias|dhanyavaad)\b[^\n]{0,40}$/im;
const MAIL_HEADER = /^[ \t]*(?:>[ \t]*)*(?:on\b[^\n]{0,200}\bwrote:|(?:from|sent|to|cc|date|subject):[^\n]*)$/gim;

function looksLikeTicket(text: string): boolean {
  GREETING.lastIndex = 0;
  return GREETING.test(text) || SIGN_OFF.test(text) || /^[ \t]*>/m.test(text);
}

/** Greeting, mail headers, quoted-reply markers, and the sign-off with the signature below it, blanked. */
export function focusTicket(text: string): string {
  let out = blankAll(text, GREETING);
  out = blankAll(out, MAIL_HEADER);
  out = out.replace(/^([ \t]*>)+/gm, (m) => blank(m));
  const sign = SIGN_OFF.exec(out);
  // The sign-off and what follows it (name, title, phone), unless a long text follows: then it was a
  // "thanks" in the middle of the message.
  if (sign) {
    const rest = out.slice(sign.index);
    if (rest.length <= 400) out = out.slice(0, sign.index) + blank(rest);
    else out = out.slice(0, sign.index) + blank(sign[0]) + rest.slice(sign[0].length);
  }
  return out;
}

/** The paste with its context blanked out, and the shape that told what context is. */
export function focus(text: string): { text: string; shape: PasteShape } {
  if (looksLikeJson(text)) {
    const json = focusJson(text);
    return { text: looksLikeLog(json) ? focusLog(json) : json, shape: "json" };
  }
  if (looksLikeLog(text)) return { text: focusLog(text), shape: "log" };
  if (looksLikeTicket(text)) return { text: focusTicket(text), shape: "ticket" };
  return { text, shape: "text" };
}
