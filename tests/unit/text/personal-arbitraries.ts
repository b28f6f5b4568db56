import fc from "fast-check";

const chars = (alphabet: string, min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });
const lower = "abcdefghijklmnopqrstuvwxyz";
const digit = "0123456789";
const base62 = `${lower}${lower.toUpperCase()}${digit}`;
const base64url = `${base62}_-`;
const digits = (n: number) => chars(digit, n, n);

/** ann.lee+alerts@mail.example-corp.co.uk, as people and systems write them. */
export const email = fc
  .tuple(
    chars(`${lower}${digit}`, 1, 12),
    fc.option(fc.tuple(fc.constantFrom(".", "_", "+", "-"), chars(`${lower}${digit}`, 1, 8)), { nil: undefined }),
    fc.array(chars(`${lower}${digit}`, 1, 10), { minLength: 1, maxLength: 3 }),
    chars(lower, 2, 6),
  )
  .map(([local, more, labels, tld]) => `${local}${more ? more.join("") : ""}@${[...labels, tld].join(".")}`);

/** International (+44 20 7946 0958, +1-202-555-0143) and local (0612345678, (555) 123-4567, 06 12 34 56 78) forms. */
export const phone = fc.oneof(
  fc
    .tuple(chars(digit, 1, 3), fc.array(chars(digit, 2, 4), { minLength: 3, maxLength: 4 }), fc.constantFrom(" ", "-", ".", ""))
    .filter(([, groups]) => groups.join("").length >= 7)
    .map(([cc, groups, sep]) => `+${cc} ${groups.join(sep)}`),
  fc.tuple(digits(3), digits(3), digits(4)).map(([a, b, c]) => `(${a}) ${b}-${c}`),
  digits(9).map((d) => `0${d}`),
  fc.tuple(fc.array(digits(2), { minLength: 4, maxLength: 4 }), fc.constantFrom(" ", ".", "-")).map(([g, sep]) => `0${digit[1]}${sep}${g.join(sep)}`),
  fc.tuple(digits(3), digits(3), digits(4), fc.constantFrom("-", ".", " ")).map(([a, b, c, sep]) => `${a}${sep}${b}${sep}${c}`),
);

/** Bearer credentials, JWTs, vendors' keys, hex digests and base64 secrets. */
export const token = fc.oneof(
  chars(base62, 16, 40).map((t) => `Bearer ${t}`),
  fc.tuple(chars(base64url, 10, 40), chars(base64url, 10, 60), chars(base64url, 10, 43)).map(([h, p, s]) => `eyJ${h}.eyJ${p}.${s}`),
  chars(base62, 24, 32).map((t) => `sk_live_${t}`),
  chars(base62, 36, 36).map((t) => `ghp_${t}`),
  chars(`${lower.toUpperCase()}${digit}`, 16, 16).map((t) => `AKIA${t}`),
  chars("0123456789abcdef", 32, 64),
  chars(`${base62}+/`, 40, 60),
);

/** A secret after its key word: password=..., "api_key": "...", token: ... */
export const keyedSecret = fc
  .tuple(fc.constantFrom("password", "api_key", "secret", "token", "pwd"), fc.constantFrom("=", ": ", ":", " = "), chars(`${base62}!#%&*@$`, 6, 20))
  .map(([key, sep, value]) => ({ text: `${key}${sep}${value}`, value }));

/** What surrounds them: words, short numbers, statuses and log times. */
const word = fc.oneof(
  chars(lower, 1, 10),
  fc.constantFrom("ERROR", "WARN", "Dispatch", "failed", "QUEUED", "Not sent", "HTTP 429", "550 5.1.1", "invitation", "to", "from"),
  fc.integer({ min: 0, max: 999 }).map(String),
  fc.constantFrom("2024-03-14T10:22:31.123Z", "14-03-28 12:17:10.138", "10:22", "2024-05-02 08:14:07,552"),
);
const separator = fc.constantFrom(" ", "\n", ", ", "; ", " (", ") ", " <", "> ", " '", "' ", " \"", "\" ", ". ");

/** `secret` embedded in random text: words before and after it, joined by separators. */
export const embedded = (secret: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.array(word, { maxLength: 8 }), separator, secret, separator, fc.array(word, { maxLength: 8 }))
    .map(([before, s1, value, s2, after]) => ({
      value,
      around: `${before.join(" ")} ${after.join(" ")}`,
      text: `${before.join(" ")}${s1}${value}${s2}${after.join(" ")}`,
    }));

/** Labels the maskers write: a part of a value that is part of a label proves nothing. */
const LABELS = "[email] [e-mail] [link] [phone] [number] [token] [secret] [address] [host] [time] [card] [guid] [url] [ip] [id]";

/**
 * The parts of a value a leak would show, lower-cased: runs of 4+ letters or digits, and runs of 3+
 * digits; minus those the surrounding text holds anyway and those inside a label.
 */
export function partsOf(value: string, around: string): string[] {
  const v = value.toLowerCase();
  const parts = [...(v.match(/[\p{L}\p{N}]{4,}/gu) ?? []), ...(v.match(/\d{3,}/g) ?? [])];
  return parts.filter((p) => p !== "bearer" && !around.toLowerCase().includes(p) && !LABELS.includes(p));
}
