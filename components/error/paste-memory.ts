// The module, not the @/lib/match barrel: error pages must not pull the whole matcher into every page.
import { MAX_INPUT_BYTES } from "@/lib/match/input-limit";

/** Where the search box keeps the paste for this tab, so that an error page can give it back. */
export const PASTE_KEY = "fixpath:paste";

/** The paste to give back: the page's ?q= when it has one, else what this tab remembered. */
export function pasteToKeep(search: string, stored: string | null): string {
  const q = new URLSearchParams(search).get("q");
  return q?.trim() ? q : (stored ?? "");
}

/** Keeps the paste for this tab (sessionStorage); quietly does nothing where storage is unavailable. */
export function rememberPaste(text: string): void {
  try {
    if (text.trim()) window.sessionStorage.setItem(PASTE_KEY, text.slice(0, MAX_INPUT_BYTES));
    else window.sessionStorage.removeItem(PASTE_KEY);
  } catch {
    // Private browsing or a full quota: the paste is then only as safe as the URL keeps it.
  }
}

export function recallPaste(): string {
  let stored: string | null = null;
  try {
    stored = window.sessionStorage.getItem(PASTE_KEY);
  } catch {
    stored = null;
  }
  return pasteToKeep(window.location.search, stored);
}
