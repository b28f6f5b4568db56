/**
 * Every tunable of the paste matcher, each with the reason for its value. Constants are fitted on
 * tests/eval (the historical set) and tests/eval/tuning only, never on tests/eval/heldout.
 * Hard limits that are contracts (MAX_INPUT_BYTES, MAX_TOKENS) live with the code they bound.
 */
import type { FieldKind } from "./index-types";

// ── Relevance ────────────────────────────────────────────────────────────────────────────────
/** Floor of the calibrated no-match threshold: below it even a quiet catalog's matches are chance. */
export const THRESHOLD_FLOOR = 0.42;
/** Ceiling of the calibrated threshold: above it a scenario's own symptom would stop matching. */
export const THRESHOLD_CEILING = 0.55;
/** Margin over what generic sentences score in this catalog (see calibrate.ts). */
export const THRESHOLD_MARGIN = 0.04;
/** Which of the generic sentences' scores the margin is added to: nearly the highest, not one outlier. */
export const THRESHOLD_QUANTILE = 0.9;
/**
 * Once the best match clears the threshold, others down to this score are shown too, as "possible":
 * the paste is about this catalog, and a person reading three results finds a right answer ranked
 * second on a paraphrase (on tuning, right answers ranked second score 0.3-0.4). Above the highest
 * score generic sentences reach on second place, so it adds no noise of its own.
 * The same floor holds for the best match itself when the paste names that match's system
 * ("autologyx couldn't send the letter..."): such a paste is about this catalog. Of the 217 tuning
 * pastes that are unrelated, none between this floor and the threshold names a system; 12 right answers do.
 */
export const POSSIBLE_FLOOR = 0.28;
/**
 * ...provided the paste's words without the system's names still rank that scenario among the first
 * this many: one result list's worth. (On 20 near-domain probes naming a system, 1 matched instead of 2;
 * on tuning, top-1 637 -> 636/681.)
 */
export const NAMED_RANK = 3;
/**
 * The best match is also shown down to POSSIBLE_FLOOR, as "possible", when the paste shares this many
 * distinct uncommon words with the scenario's own texts (agreement.ts): own-words pastes below the
 * threshold share 5-7, the unrelated ones between the floor and the threshold at most 4 (tuning 898:
 * top-1 637 -> 644/681, top-3 0.956 -> 0.968, unrelated 2/217 unchanged; 4 lets in 2 more unrelated).
 * Not when the paste names a product the catalog does not know (recall.ts foreignNames: "SendGrid",
 * "SurveyMonkey"): it is about that product (tuning 1,418: unrelated 10 -> 8/347, top-1/top-3 unchanged).
 */
export const AGREEING_WORDS = 5;
/** Uncommon: weighing more than log(e) = 1, i.e. used by fewer than 1/(e-1), about 58%, of the scenarios. */
export const AGREEING_RARITY = 1;
/**
 * ...and share this many distinct uncommon words (agreement.ts) with the scenario's own texts, names
 * aside: a name and one word is no description (tuning 1,068: unrelated 6 -> 5/267, right answers
 * unchanged; 3 loses 4 right answers). Fitted on one unrelated paste: weak evidence, but it costs nothing.
 */
export const NAMED_AGREEING = 2;
/**
 * A best match on shared words (not a phrase, a status or a number), in a paste naming no system, needs
 * this many distinct uncommon words shared with the scenario's own texts, or all of the paste's uncommon
 * words shared (a fragment of a symptom), even above the threshold. Tuning 1,068: unrelated 5 -> 4/267
 * ("how do I export our Qikchat contact list to CSV?"), top-1 and top-3 unchanged; 4 loses 3 right answers.
 * Without the "or all" a 3-word fragment of a symptom stopped matching (npm run bench short top-1 0.66 -> 0.50).
 */
export const UNNAMED_AGREEING = 3;
/**
 * Recall (recall.ts): a best match below the threshold is still shown, as "possible", when the paste
 * names no system but uses a word of that scenario's system's product ("survey invites", "webhook"),
 * shares RECALL_AGREEING uncommon words with the scenario's own texts and names no product the catalog
 * does not know. A product word counts when at least this share of the scenarios using it are its
 * system's: "survey" and "invitation" are WXM's, "email" and "SMS" everyone's.
 */
export const PRODUCT_EXCLUSIVE = 0.8;
/**
 * Shared uncommon words recall needs (tuning, pastes that got nothing): with 2, four more unrelated
 * pastes pass (an Intercom chat bot, a journey planner app); with 3, three unrelated pastes pass and
 * are held off only by the foreign-name veto (Zendesk, Thunderbird, Meta): weak margin; 4 keeps the
 * same three and loses a third of what recall finds.
 */
export const RECALL_AGREEING = 3;
/** The least a recalled best match scores: below it the scenario explains one or two of the paste's words. */
export const RECALL_FLOOR = 0.15;
/**
 * Among the first RUNNER_UP_SLOTS results, a runner-up is also shown, as "possible", down to this score
 * when it scores at least RUNNER_UP_SHARE of the best match: a paraphrase's right answer often ranks
 * second or third close behind (tuning: 0.2-0.28 under a best of 0.34-0.44). It never changes the best
 * match or whether anything is shown (tuning top-3 0.945 -> 0.949, top-1 and unrelated unchanged).
 */
export const RUNNER_UP_FLOOR = 0.15;
/** ...half the best match's score: a candidate as near as that is worth reading; a 0.15 under an exact 0.95 is not. */
export const RUNNER_UP_SHARE = 0.5;
/** The results a person reads at a glance (the evaluation's top-3). */
export const RUNNER_UP_SLOTS = 3;
/** Default number of matches returned: a results list a person reads whole. */
export const DEFAULT_LIMIT = 5;

// ── Phrases (a catalog text found in the paste) ──────────────────────────────────────────────
/** The least a text of two or more words found verbatim scores, before its specificity counts. */
export const SEVERAL_WORDS_FLOOR = 0.75;
/** The most a single catalog word found in the paste scores, unless it is a status used as one. */
export const ONE_WORD_CAP = 0.6;
/** A status used as a status scores this much on its own... */
export const STATUS_BASE = 0.7;
/** ...plus this much times how well the rest of the record agrees with its scenario. */
export const STATUS_RECORD = 0.2;
/** Written exactly as the catalog writes it (SENT for SENT) breaks a tie between systems. */
export const SAME_CASE_BONUS = 0.01;
/** A paste this short (in words) is read as one record when judging a status in it. */
export const RECORD_MAX = 80;
/** Coverage from which a phrase counts as the scenario's own wording (ramps to full over VERBATIM_RAMP). */
export const VERBATIM_FROM = 0.6;
export const VERBATIM_RAMP = 0.25;
/** Each content word beyond the first (up to three) makes a text this much more specific. */
export const EXTRA_WORD_SPECIFICITY = 0.5;
/** A word-overlap match shows its best text as the reason when it covers this much of it, else the shared words. */
export const WHY_MOSTLY_COVERED = 0.6;
/** A short hit inside a longer hit of another scenario ("Sent" in "Not sent") keeps this share. */
export const INSIDE_LONGER = 0.5;
/** In a list of several statuses the commoner ones yield by (fewest/count)^this: the odd one out is the question. */
export const ODD_ONE_OUT = 0.25;
/**
 * In a pasted table, a cause whose status reports success (Sent, SENT: success.ts) yields by this factor
 * when rows of other statuses are present: among To send x3 and Sent x1, or FAILED x2 and SENT x1, the
 * question is what did not work. Tuning tables top-1 57 -> 60/64 for any factor from 0.3 to 0.7 (the
 * odd-one-out weight of one row among three is 0.76); 0.5 is mid-plateau.
 */
export const SUCCESS_YIELD = 0.5;
/** Words may drift this far from where the anchor puts them (inserted or dropped words, wrapped lines). */
export const DRIFT = 3;
/** Stems used by more fields than this are checked around anchors instead of voting. */
export const MAX_VOTERS = 1500;
export const MIN_VOTERS = 12;
/** Votes one paste may cast: keeps a 64 KB log to one pass on a big catalog. */
export const VOTE_BUDGET = 150_000;
/** An anchor must gather this share of a text's weight before it is verified word by word. */
export const ANCHOR_SHARE = 0.25;
/** A text found with less than this share of its weight is not a phrase hit. */
export const PHRASE_MIN_COVERAGE = 0.5;

// ── Systems ──────────────────────────────────────────────────────────────────────────────────
/** A paste naming a scenario's system closes this share of the gap to 1... */
export const SYSTEM_NAMED_BONUS = 0.15;
/** ...and a paste naming only other systems keeps this share of the score. */
export const OTHER_SYSTEM_FACTOR = 0.9;

// ── Word overlap ─────────────────────────────────────────────────────────────────────────────
export const KIND_WEIGHT: Record<FieldKind, number> = {
  signature: 1,
  status: 1,
  title: 1,
  // A person's description is a little less certain than the scenario's own message and title.
  symptom: 0.95,
  summary: 0.85,
  fact: 0.8,
  step: 0.8,
};
/** A paste this short (in words) is also scored as a whole, not only line by line. */
export const WHOLE_MAX = 80;
/** Covering less than half of a scenario's best text counts against it. */
export const HALF_COVERED = 0.5;
/** A unit whose words are less than this share the scenario's counts against it too. */
export const MOSTLY_EXPLAINED = 0.4;
/** Longest line scored as one unit; longer lines are scored in overlapping chunks. */
export const LINE_MAX = 40;
/** Words in more scenarios than this (or this share of them) do not nominate candidates. */
export const SCAN_MIN = 200;
export const SCAN_SHARE = 0.05;
/** Word overlap below this is noise, not worth computing. */
export const USEFUL = 0.2;
/** At most this many units of one paste are scored: bounds the work on a huge paste. */
export const MAX_UNITS = 300;
/** At most this many scenarios are scored unit by unit. */
export const MAX_CANDIDATES = 32;

// ── Index weights ────────────────────────────────────────────────────────────────────────────
/**
 * The catalog's size when the weights were fitted. Beyond it every word grows rarer and the words other
 * scenarios share grow commoner, which lifted chance word-overlap matches (unrelated tuning pastes 2/217
 * at 40 scenarios, 9/217 at 1,000): a best match must also clear the threshold with rarity counted
 * against this many scenarios and no word below one all of them use (build.ts, index.fixed).
 */
export const RARITY_SCALE = 40;
/** A function word's weight in a text: present, but nearly meaningless. */
export const STOPWORD_WEIGHT = 0.15;
/** How much a word found only in a scenario's remedy steps, key facts or system context explains. */
export const BACKGROUND = 0.5;
/** A text weighing less than this many rare words is generic (covering all of it is weak evidence). */
export const REF_FACTOR = 2.5;

// ── Reading words ────────────────────────────────────────────────────────────────────────────
/** How much a word counts by how it was read: itself, another form, joined, completed, a typo. */
export const QUALITY = { exact: 1, stem: 0.95, glossary: 0.9, compound: 0.9, prefix: 0.85, typo1: 0.8, typo2: 0.6 } as const;
/** A word being typed is completed from this many letters on. */
export const PREFIX_MIN = 2;
/** At most this many vocabulary words are tried to complete it. */
export const PREFIX_CANDIDATES = 200;
/** Words shorter than this are never corrected: too many short words are one letter apart. */
export const MIN_TYPO_LENGTH = 4;
/** Words this short are only corrected for a swapped, missing or extra letter. */
export const SHORT_WORD = 4;
/** How many lines above a table row its header may be. */
export const HEADER_LOOKBACK = 30;

// ── Tables ───────────────────────────────────────────────────────────────────────────────────
/** At most this many rows of a pasted table are diagnosed (identical rows cost one match). */
export const MAX_TABLE_ROWS = 2000;
/**
 * Distinct whole rows read when a row's status cell is only a word (paste.ts): each costs a ranking
 * (about 1.5 ms in a 2,000-row export: 64 reads cost 100 ms there), so past this many a row takes what most rows of its status got.
 */
export const WHOLE_ROW_READS = 16;
/** Commas, semicolons and runs of spaces also occur in prose: a table split on them needs this many cells. */
export const MIN_TABLE_CELLS_LOOSE = 3;

// ── Numbers (limits declared by content) ─────────────────────────────────────────────────────
/** A number above a scenario's declared max, next to its quantity's word: as strong as its signature. */
export const LIMIT_EXCEEDED = 0.9;
/** A number the content states (4 hours), next to its word: supporting evidence, not proof. */
export const LIMIT_QUOTED = 0.5;
/** How many words either side of a number its quantity's word may be. */
export const LIMIT_WINDOW = 4;
/** ...or this many within the number's own clause: a clause keeps a number with its subject ("error rate on the policy hit 22%"). */
export const LIMIT_CLAUSE_WINDOW = 8;
/** A later number with no word of its own restates an earlier one's quantity when within this factor of it ("18000 rows ... 18,250"). */
export const RESTATED_RATIO = 2;

// ── Confidence in words ──────────────────────────────────────────────────────────────────────
/** A signature or status covered this much, every word as written, is "exact". */
export const EXACT_COVERAGE = 0.9;
/** A score from which a match is "likely" rather than "possible". */
export const LIKELY_SCORE = 0.7;

// ── The learned reading (learned.ts, train.ts, blend.ts) ─────────────────────────────────────
// Chosen by leave-one-batch-out on tests/eval/tuning (train on all batches but one of fresh4-fresh7,
// score that one), never on tests/eval/heldout.
/** Passes over the training texts: fewer left fresh4-7 0.01-0.03 lower, more changed nothing. */
export const LEARNED_EPOCHS = 30;
/** Step size of gradient descent (features count 1/sqrt(n), so a step moves a short paste most). */
export const LEARNED_RATE = 0.5;
/** Weight decay per step: keeps a word seen in one paste from deciding alone. */
export const LEARNED_L2 = 1e-4;
/**
 * Weights below this are dropped from the stored model: at 0.4, top-1 left out batches unchanged
 * within one paste (fresh5 0.94, fresh7 0.917 -> 0.917) and the model is 40 KB gzip instead of 180.
 */
export const LEARNED_PRUNE = 0.4;
/** Stored weights are integers of 1/this: 0.02 apart, well below any weight kept. */
export const LEARNED_SCALE = 50;
/**
 * In the blended ranking a scenario scores this share of the model's probability (among scenarios)
 * plus the rest of the word matcher's score: the model ranks paraphrases better, the matcher knows
 * exact messages, statuses and numbers (left-out fresh4-7 top-1: 1.0 -> 0.906/0.930/0.983/0.933,
 * 0.7 -> 0.912/0.930/1.0/0.917, 0.5 -> 0.912/0.930/1.0/0.917).
 */
export const LEARNED_SHARE = 0.7;
/** A scenario the matcher did not find is shown when the model gives it at least this share among scenarios. */
export const LEARNED_FLOOR = 0.1;
/**
 * Nothing is shown unless the likeliest scenario is this many times as likely as "none" (learned.ts
 * NONE). Left-out fresh3-fresh7 and fresh, base: 1 -> unrelated 7/257, top-1 821/1098; 1.5 -> 4/257,
 * 812/1098; 2 -> fewer right answers (fresh5 0.88) for no unrelated fewer than 1.5 on fresh4-7 but one.
 */
export const LEARNED_NONE_MARGIN = 1.5;
/**
 * A paste of fewer distinct words than this is read by the matcher alone: a few words are little
 * evidence for the model, and a search typed word by word passes through them ("the account is not").
 * npm run bench short fragments of the scenarios' texts top-1: 0 -> 0.56, 5 -> 0.65 (the matcher's own);
 * left-out fresh3-7 unchanged from 0 to 6.
 */
export const LEARNED_MIN_WORDS = 5;
/**
 * An exact message is hidden only when "none" is at least this likely: the matcher found the catalog's
 * words, and only text that is plainly about something else outweighs them. Left-out fresh3-fresh8:
 * unrelated 7 -> 4 of 245 at 0.93 (PostgreSQL's "password authentication failed for user", three
 * times), right answers unchanged; tuning log pastes with an exact message read "none" at 0.07 at most.
 * Not lower: npm run bench's 1,500-character excerpts (one error line among generic noise lines) read
 * "none" at up to 0.90 (600 excerpts, three seeds), and their exact line is the answer.
 */
export const LEARNED_NONE_OVER_EXACT = 0.93;
