import type { TrustSetting } from "./client-address.mjs";
export interface RequestProblem {
  status: 400 | 405 | 411 | 413;
  message: string;
}
export const ALLOWED_METHODS: string[];
export function requestProblem(request: {
  method: string | undefined;
  url: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}): RequestProblem | undefined;
export function servedOverHttps(request: {
  encrypted: boolean;
  forwardedProto: string | string[] | undefined;
  peer: string | undefined;
  trust: TrustSetting;
  siteUrl: string | undefined;
}): boolean;
export function clientErrorStatus(code: string | undefined): { status: number; reason: string };
