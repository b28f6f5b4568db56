import { clientAddress, parseTrustedProxies } from "./client-address.mjs";

// Read once per process; an unusable value is reported once and trusts nobody.
const config = parseTrustedProxies(process.env.FIXPATH_TRUSTED_PROXIES);
if (config.warning) console.warn(config.warning);

/** The client a request counts against, from its headers and FIXPATH_TRUSTED_PROXIES. */
export function requestClient(headers: Pick<Headers, "get">): string {
  return clientAddress(headers.get("x-forwarded-for"), config.trust);
}
