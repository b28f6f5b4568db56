import {
  DATE_OR_TIME,
  DIGIT_RUN,
  digitRunKind,
  digitWordKind,
  ID_WORD,
  IPV6_SHORT,
  KEYED_SECRET,
  LONG_KEY,
  LONG_WORD,
  looksLikeKey,
  pathLike,
  STRUCTURAL_PATTERNS,
  TOKEN_PATTERNS,
  type StructuralKind,
} from "./personal-patterns";

/**
 * One detector for what in a paste can identify a person or open an account: e-mail addresses,
 * phone numbers, card-like numbers, tokens and keys, secrets after a key word, GUIDs, IP addresses,
 * URLs, long ids and numbers. Every masker (the insights database, the search link, the reply and
 * the wizard link) asks it, each for the kinds it masks, and labels the spans its own way.
 *
 * Timestamps and host names are not personal data; they are found too, so that a timestamp is never
 * read as a phone number and a host name never as an id, and so that a masker can ask for them.
 */
export type PersonalKind =
  | StructuralKind
  | "phone"
  | "card"
  | "token"
  /** The value after "password=", "api_key:" ...: the span starts at the key word (see valueStart). */
  | "secret"
  /** The word after a key word and a space: "token ghp_...", but also "token expired". */
  | "maybe-secret"
  | "id"
  | "num"
  /** 24+ characters mixing cases or with a digit but no other sign of a key: mostly class names. */
  | "long-word"
  /** A run joined by punctuation that carries digits: v2.3.1, code=4471203, HTTP/1.1. */
  | "joined-id"
  /** 32+ characters of words joined by "/": an API path (dispatch/questions/DP/Settings/Questionnaire). */
  | "path";

export interface PersonalSpan {
  kind: PersonalKind;
  start: number;
  end: number;
  /** For a secret: where its value starts, after the key word ("password: " stays readable if wanted). */
  valueStart?: number;
}

export interface DetectOptions {
  /** The kinds to find; the others are not reported and never widen a reported span. */
  kinds: ReadonlySet<PersonalKind>;
  /** A found span this masker keeps after all (the search link keeps short numbers, as limits need them). */
  keep?: (span: PersonalSpan, text: string) => boolean;
}

/**
 * Never reported unless asked for, but a digit run or id inside one of these is part of it:
 * 2024-05-02 08:14:07 is a time, app-01.eu-west-1.compute.internal a host. What is personal by its
 * shape alone (STRONG) is never absorbed.
 */
const SHIELDS: ReadonlySet<PersonalKind> = new Set(["time", "host"]);
const STRONG: ReadonlySet<PersonalKind> = new Set(["email", "url", "guid", "ip", "token", "secret"]);
/** Word-shaped finds that a time or host name of the same extent outranks: 2024-03-14T10:22:31Z is a time, not an id. */
const WEAK: ReadonlySet<PersonalKind> = new Set(["id", "num", "joined-id", "long-word", "path", "maybe-secret"]);
/** Which kind names a span that two finders found at the same place: the more specific first. */
const ORDER: readonly PersonalKind[] = ["secret", "email", "url", "guid", "ip", "token", "card", "phone", "id", "num", "joined-id", "long-word", "path", "maybe-secret", "time", "host"];
const rank = (k: PersonalKind) => ORDER.indexOf(k);

const structural = STRUCTURAL_PATTERNS.map(([kind, src]) => [kind, new RegExp(src, "gu")] as const);

/** Every span any finder reports, overlapping, in no order. */
function candidates(text: string): PersonalSpan[] {
  const out: PersonalSpan[] = [];
  const add = (kind: PersonalKind, start: number, end: number, valueStart?: number) => {
    if (end > start) out.push(valueStart === undefined ? { kind, start, end } : { kind, start, end, valueStart });
  };
  for (const [kind, re] of structural) for (const m of text.matchAll(re)) add(kind, m.index, m.index + m[0].length);
  for (const m of text.matchAll(IPV6_SHORT)) add("ip", m.index, m.index + m[0].length);
  for (const m of text.matchAll(DIGIT_RUN)) add(digitRunKind(m[0]), m.index, m.index + m[0].length);
  // A value may itself be a key word ("bearer token expired"): the next search starts at the value.
  const keyed = new RegExp(KEYED_SECRET);
  for (let m = keyed.exec(text); m; m = keyed.exec(text)) {
    const valueStart = m.index + m[1]!.length + m[2]!.length;
    const end = m.index + m[0].length;
    if (/[:=]/.test(m[2]!)) add("secret", m.index, end, valueStart);
    else add("maybe-secret", valueStart, end);
    keyed.lastIndex = valueStart;
  }
  for (const re of TOKEN_PATTERNS) for (const m of text.matchAll(re)) add("token", m.index, m.index + m[0].length);
  for (const m of text.matchAll(LONG_KEY)) add(pathLike(m[0]) ? "path" : "token", m.index, m.index + m[0].length);
  for (const m of text.matchAll(LONG_WORD)) if (looksLikeKey(m[0])) add("long-word", m.index, m.index + m[0].length);
  for (const m of text.matchAll(ID_WORD)) {
    const kind = digitWordKind(m[0]);
    if (kind) add(kind, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(/\S+/g)) {
    const lead = /^[^\p{L}\p{N}]*/u.exec(m[0])![0].length;
    const bare = m[0].slice(lead).replace(/[^\p{L}\p{N}]+$/u, "");
    if (!/[^\p{L}\p{N}\p{M}_-]/u.test(bare) || DATE_OR_TIME.test(bare)) continue;
    if (digitWordKind(bare)) add("joined-id", m.index + lead, m.index + lead + bare.length);
  }
  return out;
}

/**
 * The spans of `text` of the asked kinds, in order and never overlapping. Where finders overlap,
 * the span covers them all: a timestamp or host name that holds everything else stays one (and is
 * reported only if asked for); otherwise the longest asked-for kind names it, so a phone number that
 * runs into a timestamp is masked whole rather than read as a time.
 */
export function findPersonalData(text: string, options: DetectOptions): PersonalSpan[] {
  const found = candidates(text).filter(
    (s) => (options.kinds.has(s.kind) || SHIELDS.has(s.kind)) && !(options.keep?.(s, text) ?? false),
  );
  found.sort((a, b) => a.start - b.start || b.end - a.end || rank(a.kind) - rank(b.kind));
  const out: PersonalSpan[] = [];
  for (let i = 0; i < found.length; ) {
    const cluster = [found[i]!];
    let end = found[i]!.end;
    for (i++; i < found.length && found[i]!.start < end; i++) {
      cluster.push(found[i]!);
      end = Math.max(end, found[i]!.end);
    }
    const start = cluster[0]!.start;
    const covering = cluster.filter((s) => s.start === start && s.end === end).sort((a, b) => rank(a.kind) - rank(b.kind));
    const shield = covering.find((s) => SHIELDS.has(s.kind));
    const asked = cluster.filter((s) => !SHIELDS.has(s.kind));
    let winner: PersonalSpan;
    const absorbed = (s: PersonalSpan) => SHIELDS.has(s.kind) || WEAK.has(s.kind) || (!STRONG.has(s.kind) && !covering.includes(s));
    if (shield && cluster.every(absorbed)) winner = shield;
    else if (asked.length === 0) winner = cluster[0]!;
    else winner = [...asked].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a.kind) - rank(b.kind))[0]!;
    if (!options.kinds.has(winner.kind)) continue;
    const span: PersonalSpan = { kind: winner.kind, start, end };
    if (winner.valueStart !== undefined && winner.start === start) span.valueStart = winner.valueStart;
    out.push(span);
  }
  return out;
}

/** `text` with each span replaced by its label; a span whose label is undefined stays as written. */
export function replaceSpans(text: string, spans: readonly PersonalSpan[], label: (span: PersonalSpan) => string | undefined): string {
  let out = "";
  let at = 0;
  for (const span of spans) {
    const l = label(span);
    if (l === undefined) continue;
    out += text.slice(at, span.start) + l;
    at = span.end;
  }
  return out + text.slice(at);
}
