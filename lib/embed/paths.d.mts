export function isEmbedPath(pathname: string): boolean;
export const EMBED_SCRIPT: string;
export function headersForPath(pathname: string, pairs: Array<[string, string]>): Array<[string, string]>;
