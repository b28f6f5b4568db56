import { hostileUnits } from "./arbitraries";

// Pastes big enough that a regex blow-up or a quadratic loop would show. The unit tests check that the
// matcher answers them correctly; `npm run bench:hostile` times them (timing belongs in a benchmark).
export function hugeInputs(): Array<{ name: string; text: string }> {
  const words = ["Sent", "FAILED", "dispatch", "paused", "<", ">", "=", "the", "€", "😀", "\u0000", "queue"];
  return [
    { name: "regex metacharacters (a+)+$", text: "(a+)+$".repeat(500) },
    { name: "regex metacharacters .*", text: ".*".repeat(5_000) },
    { name: "regex metacharacters [", text: "[".repeat(10_000) },
    { name: "regex metacharacters \\", text: "\\".repeat(20_000) },
    {
      name: "a 1 MB single line",
      text: Array.from({ length: 1_048_576 / 16 }, (_, i) => hostileUnits[i % hostileUnits.length]).join("").padEnd(1_048_576, "x"),
    },
    {
      name: "10,000 log lines",
      text: Array.from(
        { length: 10_000 },
        (_, i) => `2024-03-14T10:22:${String(i % 60).padStart(2, "0")}.123Z INFO [req ${i}] status=Sent to +4477009${String(i).padStart(5, "0")}`,
      ).join("\n"),
    },
    {
      name: "10,000 lines of random words and symbols",
      text: Array.from({ length: 10_000 }, (_, i) => `${words[i % 12]} ${words[(i * 7) % 12]} ${words[(i * 5) % 12]}`).join("\n"),
    },
  ];
}
