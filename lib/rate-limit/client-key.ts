/** Requests without a forwarded address (a direct `next start`) all share this one allowance. */
export const LOCAL_CLIENT = "local";
const MAX_KEY_LENGTH = 64;

/**
 * Which client a request counts against: the first address in X-Forwarded-For, else LOCAL_CLIENT.
 * Trust assumption: the app runs behind a reverse proxy that sets X-Forwarded-For to the address
 * it saw (overwriting what the client sent). Without one, a client can name any key it likes, so
 * the limit then only slows down honest clients and scripts that don't forge the header.
 */
export function clientKey(forwardedFor: string | null | undefined): string {
  const first = forwardedFor?.split(",")[0]?.trim();
  // Capped, so that a forged header cannot make the limiter hold long strings.
  return first ? first.slice(0, MAX_KEY_LENGTH) : LOCAL_CLIENT;
}
