export function inlineScriptHashes(html: string): string[];
export function routeOfHtmlFile(relative: string): string | undefined;
export function prerenderedScriptHashes(distDir: string): Map<string, string[]>;
