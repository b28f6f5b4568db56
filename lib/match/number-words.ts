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

/** A number written in words from token i: its value and its last token, or undefined. */
export function readNumberWords(tokens: readonly Token[], i: number, text: string): { value: number; last: number } | undefined {
  const word = (k: number) => {
    const t = tokens[k];
    return t && !t.mask ? t.text : "";
  };
  // Words must follow each other with only a space or a hyphen between them ("twenty-five", "a dozen").
  const joined = (k: number) => /^[\s-]{1,2}$/.test(text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0));
  let k = i;
  let value: number | undefined;
  const first = word(k);
  if (TENS[first] !== undefined) {
    value = TENS[first];
    if (UNITS[word(k + 1)] !== undefined && (UNITS[word(k + 1)] ?? 0) > 0 && (UNITS[word(k + 1)] ?? 0) < 10 && joined(k + 1)) value += UNITS[word(++k)] ?? 0;
  } else if (UNITS[first] !== undefined) value = UNITS[first];
  // "a hundred", "a dozen", "a thousand": the article counts one only before a scale word.
  else if ((first === "a" || first === "an") && SCALES[word(k + 1)] !== undefined && joined(k + 1)) value = 1;
  if (value === undefined) return undefined;
  while (SCALES[word(k + 1)] !== undefined && joined(k + 1)) value *= SCALES[word(++k)] ?? 1;
  return { value, last: k };
}

/** Words before a number that say it is passed: "more than 18.000 records" is beyond a limit of 18000. */
const ABOVE = ["more than", "over", "above", "exceeding", "beyond", "mehr als", "über", "plus de", "más de", "mais de", "più di", "meer dan"];

/** Whether the words just before token i say "more than". */
export function saysAbove(tokens: readonly Token[], i: number): boolean {
  return ABOVE.some((phrase) => {
    const words = phrase.split(" ");
    return words.every((w, j) => {
      const t = tokens[i - words.length + j];
      return !!t && !t.mask && t.text === w.normalize("NFD").replace(/\p{M}/gu, "");
    });
  });
}
