/** How a system alias or status name is compared: folded, lower case, straight quotes, single spaces. */
export function aliasKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim();
}
