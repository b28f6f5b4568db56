export type Theme = "light" | "dark";

/** The localStorage key; public/theme-init.js reads the same key before the first paint. */
export const THEME_KEY = "fixpath-theme";

export function isTheme(value: unknown): value is Theme {
  return value === "light" || value === "dark";
}

/**
 * What to store after a reader picks a theme: their choice, or nothing when it is what the OS
 * prefers anyway, so that the site follows the OS again from then on.
 */
export function choiceToStore(picked: Theme, osPrefers: Theme): Theme | null {
  return picked === osPrefers ? null : picked;
}
