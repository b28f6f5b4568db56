export type TrustSetting = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; entries: string[] };
export interface TrustConfig {
  trust: TrustSetting;
  /** Set when the value was unusable: the app then trusts nobody and logs this once. */
  warning?: string;
}
export function parseTrustedProxies(value: string | undefined): TrustConfig;
export function peerIsTrusted(peer: string | undefined, trust: TrustSetting): boolean;
export function clientAddress(forwardedFor: string | null | undefined, trust: TrustSetting): string;
