import type { Unit } from "./limit-index";
import { readNumberWords, saysAbove } from "./number-words";
import type { Token } from "./text";

/** A number written in the paste: 25000, 25,000, 3,89,500, 25k, 1.2 million, 14 hours, 13h, 30%. */
export interface NumberMention {
  /** Durations in seconds. */
  value: number;
  unit: Unit;
  /** Tokens [first, last] of the number and its multiplier or unit. */
  first: number;
  last: number;
  /** Written as passed: "more than 18.000", "over 12 hours". */
  above?: boolean;
}

const MULTIPLIERS: Record<string, number> = { k: 1e3, thousand: 1e3, l: 1e5, lakh: 1e5, lakhs: 1e5, lac: 1e5, million: 1e6, mn: 1e6 };
const SECONDS: Record<string, number> = {
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  d: 86400, day: 86400, days: 86400,
};

/** Whether the text between two tokens matches `gap` (both tokens present). */
export const adjacent = (text: string, a: Token | undefined, b: Token | undefined, gap: RegExp) => !!a && !!b && gap.test(text.slice(a.end, b.start));

/** Durations written in words: "once a day", "an hour", "every two hours". */
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, twelve: 12, twenty: 20 };

/** The numbers of a paste, read from its tokens (a long number is a masked token, its digits in raw). */
export function findNumbers(tokens: readonly Token[], text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const worded = t && !t.mask ? NUMBER_WORDS[t.text] : undefined;
    const unitWord = tokens[i + 1]?.text ?? "";
    if (worded !== undefined && SECONDS[unitWord] && unitWord.length > 1) {
      out.push({ value: worded * (SECONDS[unitWord] ?? 1), unit: "time", first: i, last: i + 1, above: saysAbove(tokens, i) });
      i++;
      continue;
    }
    // A number in words: "twenty dispatches", "twenty-five thousand records", "a dozen hours".
    const words = t && !t.mask ? readNumberWords(tokens, i, text) : undefined;
    if (words) {
      const after = tokens[words.last + 1]?.text ?? "";
      const time = SECONDS[after] !== undefined && after.length > 1;
      out.push({ value: words.value * (time ? (SECONDS[after] ?? 1) : 1), unit: time ? "time" : "count", first: i, last: words.last + (time ? 1 : 0), above: saysAbove(tokens, i) });
      i = words.last + (time ? 1 : 0);
      continue;
    }
    if (!t || (t.mask && t.mask !== "num")) continue;
    const m = /^(\d+)([a-z]*)$/.exec(t.mask ? t.raw : t.text);
    if (!m) continue;
    // An identifier (#48213, id 42), a version (v2) or a time of day is not a quantity.
    if (text[t.start - 1] === "#" || /[\p{L}]/u.test(text[t.start - 1] ?? "")) continue;
    let digits = m[1] ?? "";
    let suffix = m[2] ?? "";
    let last = i;
    // Thousands separators: 25,000 / 25.000 / 25 000, and the Indian 3,89,500.
    while (!suffix) {
      const next = tokens[last + 1];
      const indian = /^\d{2}$/.test(next?.text ?? "") && /^\d{3}/.test(tokens[last + 2]?.text ?? "") && adjacent(text, next, tokens[last + 2], /^,$/);
      if (!next || !adjacent(text, tokens[last], next, /^[,. ]$/) || !(/^\d{3}$/.test(next.text) || (indian && adjacent(text, tokens[last], next, /^,$/)))) break;
      digits += next.text;
      last++;
    }
    let value = Number(digits);
    // A decimal before a multiplier: 1.2 million, 7.5 lakh.
    const frac = tokens[last + 1];
    if (!suffix && frac && /^\d{1,2}$/.test(frac.text) && adjacent(text, tokens[last], frac, /^\.$/) && MULTIPLIERS[tokens[last + 2]?.text ?? ""]) {
      value += Number(`0.${frac.text}`);
      last++;
    }
    // ...or glued to its multiplier: 1.5k, 2.5m.
    const glued = !suffix && frac ? /^(\d{1,2})(k|l|mn)$/.exec(frac.text) : null;
    if (glued && adjacent(text, tokens[last], frac, /^\.$/)) {
      value += Number(`0.${glued[1]}`);
      suffix = glued[2] ?? "";
      last++;
    }
    const after = tokens[last + 1];
    if (!suffix && after && !after.mask && adjacent(text, tokens[last], after, /^\s?$/) && (MULTIPLIERS[after.text] || SECONDS[after.text])) {
      suffix = after.text;
      last++;
    }
    let unit: Unit = "count";
    if (suffix && MULTIPLIERS[suffix]) value *= MULTIPLIERS[suffix] ?? 1;
    else if (suffix && SECONDS[suffix]) {
      value *= SECONDS[suffix] ?? 1;
      unit = "time";
    } else if (suffix) continue;
    if (unit === "count" && text.slice(tokens[last]?.end ?? 0).trimStart().startsWith("%")) unit = "%";
    out.push({ value, unit, first: i, last, above: saysAbove(tokens, i) });
    i = last;
  }
  return withRangesAndRatios(out, tokens, text);
}

/**
 * Two numbers read together: a range takes its unit from its second end ("2-3 hours", "2 to 3 h":
 * both are durations), and a ratio is a share ("one in five sends", "3 out of 12" read as 20%, 25%).
 */
function withRangesAndRatios(found: NumberMention[], tokens: readonly Token[], text: string): NumberMention[] {
  const out = [...found];
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k];
    const b = found[k + 1];
    if (!a || !b || a.unit !== "count" || b.first !== a.last + 1 + (tokens[a.last + 1]?.text === "to" ? 1 : 0)) continue;
    const between = text.slice(tokens[a.last]?.end ?? 0, tokens[b.first]?.start ?? 0);
    if (b.unit !== "count" && /^\s*(?:[-–]|to)\s*$/.test(between)) {
      const scale = b.unit === "time" ? b.value / Number(/\d+/.exec(tokens[b.first]?.raw ?? "")?.[0] ?? NaN) : 1;
      if (Number.isFinite(scale) && scale > 0) out[k] = { ...a, value: a.value * scale, unit: b.unit };
    }
  }
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k];
    const b = found[k + 1];
    if (!a || !b || a.unit !== "count" || b.unit !== "count" || b.value <= 0 || a.value > b.value) continue;
    const between = text.slice(tokens[a.last]?.end ?? 0, tokens[b.first]?.start ?? 0);
    if (/^\s+(?:in|out of)\s+$/.test(between)) out.push({ value: (100 * a.value) / b.value, unit: "%", first: a.first, last: b.last, above: a.above });
  }
  return out.sort((x, y) => x.first - y.first || x.last - y.last);
}
