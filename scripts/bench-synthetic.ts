// A deterministic synthetic catalog for `npm run bench`: plausible, varied delivery-failure
// scenarios (made-up systems and components, error messages, paraphrases, MDX bodies) from a seeded PRNG.
import type { MatchDoc } from "@/lib/match";
import type { SearchCards } from "@/lib/search/cards";

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
    // Same random draws as before limits existed, so the synthetic catalog stays comparable across runs.
    const group = `${cap(pick(moods))} ${pick(objects)}s`;
    const limitObj = pick(objects);
    const limitMax = 100 * (1 + Math.floor(rand() * 200));
    const doc: MatchDoc = {
      id: `${sys.id}/s${i}`,
      url: `/scenarios/${sys.id}/s${i}`,
      title,
      system: sys.id,
      systemName: sys.name,
      summary,
      signatures,
      symptoms,
      group,
      statuses: signatures.includes(status) ? [status] : [],
      aliases: [sys.name, sys.id.toUpperCase(), part],
      glossary: [],
      facts: [`${cap(limitObj)}s per request: ${limitMax} at most`],
      limits: [{ quantity: `${limitObj}s per request`, max: limitMax, words: [`${limitObj}s`] }],
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

export interface Query {
  text: string;
  /** The scenario the query was made from. */
  want: string;
}

/** Queries made from scenarios: 3-5 words of a signature or symptom (some with a typo), a log line, a 1,500-character excerpt. */
export function queriesFor(docs: MatchDoc[], seed: number, n: number) {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const hex = (k: number) => Array.from({ length: k }, () => "0123456789abcdef"[Math.floor(rand() * 16)]).join("");
  const guid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const ts = () => `2024-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}T0${Math.floor(rand() * 9)}:${10 + Math.floor(rand() * 49)}:${10 + Math.floor(rand() * 49)}.${100 + Math.floor(rand() * 899)}Z`;
  const typo = (s: string) => s.replace(/[a-z]{6,}/i, (m) => m.slice(0, 2) + m[3] + m[2] + m.slice(4));
  const noise = () =>
    pick([
      () => `${ts()} INFO worker-${Math.floor(rand() * 9)} processed ${Math.floor(rand() * 900)} items in ${Math.floor(rand() * 90)} ms`,
      () => `${ts()} DEBUG cache lookup key=${hex(16)} hit=${rand() < 0.5}`,
      () => `${ts()} INFO http GET /health 200 ${Math.floor(rand() * 20)}ms host=10.0.${Math.floor(rand() * 255)}.${Math.floor(rand() * 255)}`,
      () => `${ts()} WARN pool size ${Math.floor(rand() * 50)} of 50, waiting connections ${Math.floor(rand() * 5)}`,
      () => `${ts()} INFO session ${guid()} closed by client`,
    ])();
  const short: Query[] = [];
  const lines: Query[] = [];
  const excerpts: Query[] = [];
  for (let i = 0; i < n; i++) {
    const d = pick(docs);
    const sig = pick(d.signatures);
    const source = pick([...d.signatures, ...d.symptoms]).split(" ");
    const from = Math.floor(rand() * Math.max(1, source.length - 3));
    const fragment = source.slice(from, from + 3 + Math.floor(rand() * 3)).join(" ");
    short.push({ text: rand() < 0.3 ? typo(fragment) : fragment, want: d.id });
    lines.push({ text: `${ts()} ERROR [svc-${hex(4)}] req=${guid()} ${sig}`, want: d.id });
    const body: string[] = [];
    while (body.join("\n").length < 1500) body.push(noise());
    body.splice(Math.floor(rand() * body.length), 0, `${ts()} ERROR [svc-${hex(4)}] ${sig}`);
    let text = body.join("\n");
    while (text.length > 1500) text = text.slice(text.indexOf("\n") + 1);
    excerpts.push({ text: text.includes(sig) ? text : `${text.slice(0, 1500 - sig.length - 1)}\n${sig}`, want: d.id });
  }
  return { short, lines, excerpts };
}

/** Cards for synthetic docs, shaped as toSearchCards shapes the real catalog's. */
export function syntheticCards(docs: MatchDoc[]): SearchCards {
  const systems = new Map<string, SearchCards["systems"][number]>();
  for (const d of docs) {
    const s = systems.get(d.system) ?? { id: d.system, url: `/systems/${d.system}`, name: d.systemName, shortName: d.system.toUpperCase(), vendor: d.systemName, product: "messages", aliases: d.aliases, providers: [], scenarioCount: 0 };
    s.scenarioCount++;
    systems.set(d.system, s);
  }
  const scenarios = docs.map((d) => ({ id: d.id, url: d.url, title: d.title, system: d.system, rootCause: d.summary, firstSteps: d.steps.slice(0, 1), stepCount: d.steps.length, group: d.group, signatures: d.signatures }));
  return { systems: [...systems.values()], scenarios, common: scenarios.slice(0, 5).map((s) => s.id) };
}
