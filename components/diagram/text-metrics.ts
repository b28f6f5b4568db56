/**
 * Advance widths in thousandths of an em, measured in DejaVu Sans (the widest common system UI
 * font, and what Linux browsers fall back to) so that wrapped diagram text fits in every browser.
 */
const CHARS = "0123456789 !\"#$%&'()*+,-./:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~’“”–—→…≠";
const REGULAR = [636,636,636,636,636,636,636,636,636,636,318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838,318,518,518,500,1000,838,1000,838];
const BOLD = [696,696,696,696,696,696,696,696,696,696,348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,733,850,770,720,682,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838,380,657,657,500,1000,838,1000,838];
/** For characters not in the table: a wide lowercase letter. */
const FALLBACK = 700;

const regular = new Map<string, number>();
const bold = new Map<string, number>();
[...CHARS].forEach((ch, i) => {
  regular.set(ch, REGULAR[i] ?? FALLBACK);
  bold.set(ch, BOLD[i] ?? FALLBACK);
});

/** The width of text in user units at a font size, in regular or bold weight. */
export function textWidth(text: string, fontSize: number, weight: "regular" | "bold" = "regular"): number {
  const table = weight === "bold" ? bold : regular;
  let em = 0;
  for (const ch of text) em += table.get(ch) ?? FALLBACK;
  return (em / 1000) * fontSize;
}

/** Greedy word wrap to a width; a word longer than the width is broken between characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: "regular" | "bold" = "regular"): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, weight) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    let rest = word;
    while (textWidth(rest, fontSize, weight) > maxWidth) {
      let cut = 1;
      while (cut < rest.length && textWidth(rest.slice(0, cut + 1), fontSize, weight) <= maxWidth) cut++;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}
