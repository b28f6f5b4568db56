import { buildBaseIndex } from "./build";
import type { BuildOptions, MatchIndex } from "./index-types";
import type { MatchDoc } from "./docs";
import { rank } from "./diagnose";
import * as tunables from "./tunables";

// Local copies: a hot loop reads a plain constant, not a module binding.
const { THRESHOLD_CEILING, THRESHOLD_FLOOR, THRESHOLD_MARGIN, THRESHOLD_QUANTILE } = tunables;

/**
 * Sentences about something else: IT help, shopping, other messaging products. However big the
 * catalog grows, these must stay below the no-match threshold; as it grows they find more words by
 * chance, and the threshold rises with them instead of drifting. Written for this purpose, not taken
 * from tests/eval.
 */
export const GENERIC_SENTENCES: readonly string[] = [
  "How do I reset my password for the staff portal?",
  "The printer on the third floor is out of toner again",
  "My laptop battery drains in two hours since the update",
  "Can you add me to the finance team's shared drive?",
  "The VPN disconnects every time I join a video call",
  "I was charged twice for the same order last week",
  "Where can I download last month's invoice as a PDF?",
  "The parcel tracking page says delivered but nothing arrived at my door",
  "Please change the delivery address on order 5512 to my office",
  "Our Kubernetes pod keeps restarting with CrashLoopBackOff",
  "The Docker build fails because the base image cannot be pulled",
  "Postgres connection pool exhausted after the nightly backup job",
  "Outlook keeps asking for my password and will not sync the calendar",
  "Calendar invites from the new booking tool land in the wrong time zone",
  "Our Slack workspace notifications stopped showing on Android phones",
  "Teams meeting recordings are not saved to OneDrive",
  "The website checkout page times out when paying with PayPal",
  "Customers say the mobile app crashes when they open the camera",
  "Two-factor codes by SMS arrive late for users abroad",
  "The SMTP server answers 550 mailbox unavailable for one domain",
  "Our marketing newsletter was flagged by the spam filter of one provider",
  "The chatbot on our website answers in English instead of Spanish",
  "Zendesk agents cannot log in after the single sign-on change",
  "The HR system shows the wrong number of holiday days left",
  "Payroll export to the bank failed with a file format error",
  "The meeting room screen does not turn on when someone walks in",
  "Our Wi-Fi guest network asks for a code that nobody has",
  "The spreadsheet macro stopped working after the Office upgrade",
  "The warehouse scanner cannot connect to the inventory server",
  "Push notifications from our app do not arrive on iOS 18",
  "The phone system drops calls transferred to the support queue",
  "I need a licence for the design software on my new laptop",
  "The API gateway returns 504 when the report service is slow",
  "Our DNS change has not propagated after a day",
  "The SSL certificate for the intranet expires next week",
  "A colleague left and we need to transfer her files",
  "The expense app rejects receipts photographed at night",
  "The coffee machine in the kitchen is leaking",
  "Users in the Berlin office cannot print double-sided",
  "The video on our landing page does not autoplay in Safari",
];

const quantile = (values: readonly number[], q: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.floor(q * s.length)))] ?? 0;
};

/**
 * The no-match threshold for this catalog: a margin above what generic sentences score (their
 * THRESHOLD_QUANTILE), kept between THRESHOLD_FLOOR and THRESHOLD_CEILING.
 */
export function calibrateThreshold(index: MatchIndex, generic: readonly string[] = GENERIC_SENTENCES): number {
  const scores = generic.map((s) => rank(index, s, { threshold: 0, limit: 1 })[0]?.score ?? 0);
  return Math.min(THRESHOLD_CEILING, Math.max(THRESHOLD_FLOOR, quantile(scores, THRESHOLD_QUANTILE) + THRESHOLD_MARGIN));
}

export interface MatchIndexOptions extends BuildOptions {
  /** A threshold calibrated before (the browser's copy of the index carries it); skips calibration. */
  threshold?: number;
}

/** Builds the matcher's index for these scenarios and calibrates its no-match threshold. */
export function buildMatchIndex(docs: readonly MatchDoc[], options: MatchIndexOptions = {}): MatchIndex {
  const index = buildBaseIndex(docs, options);
  index.threshold = options.threshold ?? calibrateThreshold(index);
  return index;
}
