// A deterministic synthetic catalog for `npm run bench`: plausible, varied delivery-failure
// scenarios (made-up systems and components, error messages, paraphrases, MDX bodies) from a seeded PRNG.
import type { MatchDoc } from "@/lib/match";

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const list = (s: string) => s.split(" ");
const components = list(
  "dispatcher gateway queue worker scheduler webhook relay connector template renderer token service " +
    "cache broker router resolver validator exporter importer listener poller notifier mailer sender " +
    "campaign journey flow trigger policy vendor provider channel endpoint tenant account profile " +
    "subscriber segment audience batch job pipeline stream consumer producer callback bridge adapter",
);
const objects = list(
  "message invitation notification email sms payload record recipient attachment template token " +
    "report callback session request response batch header signature certificate credential " +
    "contact number address domain sender list segment variable placeholder locale timezone schedule",
);
const pasts = list(
  "rejected dropped skipped paused blocked expired throttled duplicated truncated delayed " +
    "requeued bounced quarantined discarded invalidated suspended orphaned misrouted",
);
const verbs = list("send deliver render resolve validate queue route sign encrypt parse fetch publish retry load");
const causes = list(
  "missing invalid expired inactive unsupported malformed duplicate oversized unverified disabled " +
    "revoked stale unknown mismatched unreachable unconfigured",
);
const moods = list("stuck slow partial empty wrong late doubled silent intermittent");
const syllables = list("ka zo ri mu te la vex qui dor pan sel tor bri gan fu lo ne xi ra mo cy");
const statuses = list("QUEUED PENDING SENT FAILED BOUNCED EXPIRED HELD RETRYING DEFERRED REJECTED");

export interface SyntheticScenario {
  doc: MatchDoc;
  /** MDX source, for the plain fuse.js baseline's body key. */
  body: string;
}

export function syntheticCatalog(count: number, seed = 20240314): SyntheticScenario[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const word = (n: number) => Array.from({ length: n }, () => pick(syllables)).join("");
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const systems = Array.from({ length: 50 }, (_, i) => {
    const name = cap(word(2 + (i % 2)));
    return { id: name.toLowerCase(), name: `${name} ${pick(["Messaging", "Connect", "Notify", "Reach", "Engage"])}`, parts: Array.from({ length: 30 }, () => cap(word(2 + Math.floor(rand() * 2)))) };
  });
  return Array.from({ length: count }, (_, i) => {
    const sys = systems[i % systems.length] ?? systems[0]!;
    const part = pick(sys.parts);
    const comp = pick(components);
    const obj = pick(objects);
    const past = pick(pasts);
    const cause = pick(causes);
    const code = `${sys.id.slice(0, 3).toUpperCase()}-${1000 + Math.floor(rand() * 9000)}`;
    const status = pick(statuses);
    const signatures = [
      `${cap(obj)} ${past} by ${part} ${comp}: ${cause} ${pick(objects)}`,
      `${code} ${cap(comp)} could not ${pick(verbs)} the ${obj} because the ${pick(objects)} is ${cause}`,
      ...(rand() < 0.3 ? [status] : []),
    ];
    const title = `${cap(obj)} ${past}: ${cause} ${pick(objects)} in the ${part} ${comp}`;
    const symptoms = [
      `our ${obj}s are ${past} and never arrive`,
      `the ${part} ${comp} keeps ${pick(["failing", "timing out", "dropping work", "returning errors"])}`,
      `customers say the ${obj} is ${pick(moods)} since the ${comp} change`,
      `${pick(objects)} shows ${status} in the ${sys.name} console`,
    ];
    const summary = `The ${part} ${comp} ${past} the ${obj} because its ${pick(objects)} was ${cause}, so nothing reached the ${pick(components)}.`;
    const doc: MatchDoc = {
      id: `${sys.id}/s${i}`,
      url: `/scenarios/${sys.id}/s${i}`,
      title,
      system: sys.id,
      systemName: sys.name,
      summary,
      signatures,
      symptoms,
      group: `${cap(pick(moods))} ${pick(objects)}s`,
      statuses: signatures.includes(status) ? [status] : [],
      aliases: [sys.name, sys.id.toUpperCase(), part],
      facts: [`${cap(pick(objects))}s per request: ${100 * (1 + Math.floor(rand() * 200))} at most`],
      steps: [],
      groupHint: "",
      systemFacts: [],
    };
    const stepTexts = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => `${cap(pick(verbs))} the ${pick(objects)} in the ${pick(sys.parts)} ${pick(components)} and check that it is no longer ${pick(causes)}.`);
    doc.steps = stepTexts;
    const body = [
      "---",
      `title: ${title}`,
      `summary: ${summary}`,
      "signatures:",
      ...signatures.map((x) => `  - ${x}`),
      "symptoms:",
      ...symptoms.map((x) => `  - ${x}`),
      "---",
      "",
      "## Root cause",
      "",
      `${summary} ${signatures[1]}. ${cap(pick(objects))}s that arrive while the ${comp} is ${pick(moods)} are ${pick(pasts)} as well, and the ${sys.name} console shows ${status}.`,
      `Operators usually notice it when ${symptoms[0]} or when ${symptoms[2]}.`,
      "",
      "## Remedy",
      "",
      "<Steps>",
      ...stepTexts.map((t, k) => `  <Step id="step-${k}">${t}</Step>`),
      "</Steps>",
      "",
    ].join("\n");
    return { doc, body };
  });
}
