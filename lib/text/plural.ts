/** "1 scenario", "24 scenarios": a count with its noun, one rule for every page and CLI. */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
