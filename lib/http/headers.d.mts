export const MAX_REQUEST_BODY_BYTES: number;
export const REQUEST_TIMEOUT_MS: number;
export const HSTS: string;
export function contentSecurityPolicy(dev?: boolean, scriptHashes?: string[]): string;
export function securityHeaders(options?: { dev?: boolean; https?: boolean; scriptHashes?: string[] }): Array<[string, string]>;
