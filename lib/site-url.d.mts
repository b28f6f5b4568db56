export function parseSiteUrl(value: string | undefined): { url: string; problem?: undefined } | { url?: undefined; problem: string };
export function siteUrlOrLocal(value: string | undefined): string;
