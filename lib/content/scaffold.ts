import { PLACEHOLDER } from "./rules";
import { kebabId } from "./schema";
import type { Scenario, System } from "./types";

export type ScaffoldResult = { ok: true; path: string; source: string } | { ok: false; message: string };

/** The team that owns most of the system's scenarios: a new one joins them. */
function usualOwner(system: string, scenarios: Scenario[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of scenarios) if (s.system === system) counts.set(s.owner, (counts.get(s.owner) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Validates `<system>/<slug>` and renders a new scenario whose every field is explained inline. What the
 * author must write is marked with PLACEHOLDER, which content:check refuses until it is replaced. Pure.
 */
export function scaffoldScenario(
  arg: string | undefined,
  systems: System[],
  scenarios: Scenario[],
  today: Date,
  options: { signature?: string } = {},
): ScaffoldResult {
  const existingIds = new Set(scenarios.map((s) => s.id));
  const known = systems.map((s) => s.id).join(", ");
  if (!arg) return { ok: false, message: `usage: npm run content:new -- <system>/<slug>   (systems: ${known})` };
  const [systemId, slug, ...rest] = arg.split("/");
  if (!systemId || slug === undefined || rest.length > 0) {
    return { ok: false, message: `"${arg}" is not <system>/<slug>, e.g. wxm/dispatch-paused` };
  }
  const system = systems.find((s) => s.id === systemId);
  if (!system) {
    return { ok: false, message: `unknown system "${systemId}": use one of ${known} (a new system needs content/${systemId}/_system.mdx first; see CONTRIBUTING.md)` };
  }
  if (!kebabId.safeParse(slug).success) {
    return { ok: false, message: `malformed slug "${slug}": use lowercase letters, digits and single hyphens, e.g. dispatch-paused` };
  }
  const id = `${systemId}/${slug}`;
  if (existingIds.has(id)) return { ok: false, message: `"${id}" already exists: edit content/${id}.mdx instead` };

  const group = system.groups[0]!;
  const groups = system.groups.map((g) => g.id).join(", ");
  const words = slug.replace(/-/g, " ");
  const todo = (what: string) => JSON.stringify(`${PLACEHOLDER} ${what}`);
  const owner = usualOwner(systemId, scenarios) ?? "docs-team";
  const source = `---
# The heading of the scenario page, and what search results show. Use the message users see when there is one.
title: ${JSON.stringify(words.charAt(0).toUpperCase() + words.slice(1))}
# The system folder this file is in.
system: ${systemId}
# Where in ${system.shortName} it fails: one of ${groups}.
${system.groupBy}: ${group.id}
# Position within its ${system.groupBy} (the source document's order).
order: 100
# One sentence a customer understands: what went wrong.
summary: ${todo("one sentence that says what went wrong, in plain words.")}
# Who may see it: both, customer, or agent (agent = internal, never in the customer edition).
audience: both
# The day you last checked this scenario against its source (YYYY-MM-DD), and the team that owns it.
reviewed: ${today.toISOString().slice(0, 10)}
owner: ${owner}
# Exact text users see or paste (error messages, status names, log fragments from the source). Each must be
# unique: the matcher ranks this scenario first when a paste contains one.
signatures:
  - ${options.signature?.trim() ? `${JSON.stringify(options.signature.trim())}  # from an unmatched paste (masked, lower-cased): write it as the message really reads` : todo(`the exact message for ${words}`)}
# How a person describes the problem in their own words; these help the matcher with paraphrases.
symptoms:
  - ${todo(`describe ${words} in a user's words`)}
# Other scenario ids worth reading, e.g. [${systemId}/another-slug]. They must exist.
related: []
# Limits and numbers from the source, shown in a Key numbers box. Example: - { label: Records per request, value: 18000 at most }
keyFacts: []
# Optional: who to contact when the remedy does not help, and what to send. Without it, the system's escalation applies.
# escalation:
#   contact: support@example.com
#   include: [The exception details]
---

## Root cause

${PLACEHOLDER} Explain what happened and why, faithful to the source document.

## Remedy

{/* One <Step> per remedy step, in order. Step ids are permanent: checklists store progress by id. */}
<Steps>
  <Step id="first-step">${PLACEHOLDER} The first thing to do.</Step>
</Steps>
`;
  return { ok: true, path: `content/${id}.mdx`, source };
}
