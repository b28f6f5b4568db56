/** What the sidebar shows from /api/diagnose's answer. Pure: no DOM, no ZAF. */

export interface SidebarCause {
  title: string;
  url: string;
  score: number;
  steps: Array<{ text: string; internal: boolean }>;
  reply: string;
}

/** How many causes the sidebar shows (the API is asked for this many). */
export const SIDEBAR_CAUSES = 3;
/** The API refuses more than 64 KB; a ticket longer than this is cut (its start holds the error). */
export const MAX_TICKET_CHARS = 60_000;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const str = (v: unknown) => (typeof v === "string" ? v : "");

/** The text sent to Fixpath: the subject and the description, as the ticket holds them. */
export function ticketText(subject: unknown, description: unknown): string {
  return [str(subject).trim(), str(description).trim()].filter(Boolean).join("\n\n").slice(0, MAX_TICKET_CHARS);
}

/** The causes in an API answer; anything malformed is skipped, never thrown. */
export function causesFrom(answer: unknown, base: string): SidebarCause[] {
  const matches = isObj(answer) && Array.isArray(answer.matches) ? answer.matches : [];
  const causes: SidebarCause[] = [];
  for (const m of matches.slice(0, SIDEBAR_CAUSES)) {
    if (!isObj(m) || !str(m.title) || !str(m.url)) continue;
    const steps = Array.isArray(m.steps) ? m.steps.filter(isObj).map((s) => ({ text: str(s.text), internal: s.internal === true })).filter((s) => s.text) : [];
    causes.push({ title: str(m.title), url: absolute(str(m.url), base), score: typeof m.score === "number" ? m.score : 0, steps, reply: str(m.reply) });
  }
  return causes;
}

function absolute(path: string, base: string): string {
  try {
    const url = new URL(path, base);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : base;
  } catch {
    return base;
  }
}

/** The Fixpath URL setting, without a trailing slash; undefined unless it is an http(s) address. */
export function fixpathBase(setting: unknown): string | undefined {
  const value = str(setting).trim();
  if (!/^https?:\/\//i.test(value)) return undefined;
  try {
    return new URL(value).href.replace(/\/+$/, "");
  } catch {
    return undefined;
  }
}

/** A failed ZAF request (a jqXHR-like object) as a sentence for the agent. */
export function requestFailure(error: unknown): string {
  const status = isObj(error) && typeof error.status === "number" ? error.status : 0;
  if (status === 401) return "Fixpath refused the API token. Ask your Zendesk admin to check the app's API token setting.";
  if (status === 429) return "Fixpath is busy (too many requests). Try again in a minute.";
  if (status === 413) return "The ticket is too long for Fixpath.";
  return status ? `Fixpath answered with an error (HTTP ${status}). Try again later.` : "Could not reach Fixpath. Check the app's Fixpath URL setting.";
}
