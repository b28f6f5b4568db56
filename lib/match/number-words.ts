// Numbers written in words ("twenty", "twenty-five thousand", "a dozen") and words that say a
// number is passed ("more than 18.000"), read the way paste-numbers.ts reads digits.
import type { Token } from "./text";

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** Words that multiply what stands before them ("two hundred", "25 thousand", "a dozen"). */
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6 };

const wordAt = (tokens: readonly Token[], k: number) => {
  const t = tokens[k];
  return t && !t.mask ? t.text : "";
};
/** Words must follow each other with only a space or a hyphen between them ("twenty-five", "a dozen"). */
const joined = (tokens: readonly Token[], k: number, text: string) => /^[\s-]{1,2}$/.test(text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0));

/** A number written in words from token i: its value and its last token, or undefined. */
export function readNumberWords(tokens: readonly Token[], i: number, text: string): { value: number; last: number } | undefined {
  const first = wordAt(tokens, i);
  let value = TENS[first] ?? UNITS[first];
  // "a hundred", "a dozen", "a thousand": the article counts one only before a scale word.
  if (value === undefined && (first === "a" || first === "an") && SCALES[wordAt(tokens, i + 1)] !== undefined) value = 1;
  if (value === undefined) return undefined;
  let k = i;
  const unit = UNITS[wordAt(tokens, k + 1)];
  if (TENS[first] !== undefined && unit !== undefined && unit > 0 && unit < 10 && joined(tokens, k + 1, text)) {
    value += unit;
    k++;
  }
  while (SCALES[wordAt(tokens, k + 1)] !== undefined && joined(tokens, k + 1, text)) value *= SCALES[wordAt(tokens, ++k)] ?? 1;
  // "a" read alone is no number: only "a dozen", "a hundred".
  if ((first === "a" || first === "an") && k === i) return undefined;
  return { value, last: k };
}

/** Words before a number that say it is passed: "more than 18.000 records" is beyond a limit of 18000. */
const ABOVE = ["more than", "over", "above", "exceeding", "beyond", "mehr als", "über", "plus de", "más de", "mais de", "più di", "meer dan"].map((phrase) =>
  // Folded as the tokenizer folds a paste (über → uber).
  phrase.normalize("NFD").replace(/\p{M}/gu, "").split(" "),
);

const LAST = new Set(ABOVE.map((words) => words[words.length - 1]));

/** Whether the words just before token i say "more than". */
export function saysAbove(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || before.mask || !LAST.has(before.text)) return false;
  return ABOVE.some((words) =>
    words.every((w, j) => {
      const t = tokens[i - words.length + j];
      return !!t && !t.mask && t.text === w;
    }),
  );
}
