import { expect, test } from "vitest";
import { parseDiagnoseArgs, readBatchLine } from "@/lib/match/cli";

test("TEXT words are joined into one paste", () => {
  expect(parseDiagnoseArgs(["Dispatch", "is", "paused"])).toMatchObject({ ok: true, text: "Dispatch is paused", json: false });
});

test("--json, --limit N and --limit=N are understood", () => {
  expect(parseDiagnoseArgs(["--json", "--limit", "3", "x"])).toMatchObject({ ok: true, json: true, limit: 3, text: "x" });
  expect(parseDiagnoseArgs(["--limit=7"])).toMatchObject({ ok: true, limit: 7, text: undefined });
});

test("everything after -- is TEXT", () => {
  expect(parseDiagnoseArgs(["--", "--json"])).toMatchObject({ ok: true, json: false, text: "--json" });
});

test("-h and --help ask for help; --batch alone reads stdin", () => {
  expect(parseDiagnoseArgs(["-h"])).toMatchObject({ ok: true, help: true });
  expect(parseDiagnoseArgs(["--help"])).toMatchObject({ ok: true, help: true });
  expect(parseDiagnoseArgs(["--batch", "--limit", "2"])).toEqual({ ok: true, help: false, json: false, batch: true, limit: 2, text: undefined });
});

test("a word starting with a single dash is TEXT, in its place", () => {
  expect(parseDiagnoseArgs(["error", "-1", "from", "-x"])).toMatchObject({ ok: true, text: "error -1 from -x" });
});

test("bad arguments are usage errors with a reason", () => {
  expect(parseDiagnoseArgs(["--limit"])).toEqual({ ok: false, error: "--limit needs a whole number from 1 to 50, got nothing" });
  expect(parseDiagnoseArgs(["--limit", "0"])).toMatchObject({ ok: false });
  expect(parseDiagnoseArgs(["--limit", "2.5"])).toMatchObject({ ok: false });
  expect(parseDiagnoseArgs(["--verbose"])).toEqual({ ok: false, error: "unknown option --verbose" });
  expect(parseDiagnoseArgs(["--json=yes"])).toEqual({ ok: false, error: "unknown option --json=yes" });
  expect(parseDiagnoseArgs(["--limit", "--json"])).toEqual({ ok: false, error: '--limit needs a whole number from 1 to 50, got "--json"' });
  expect(parseDiagnoseArgs(["--limit=51"])).toMatchObject({ ok: false });
  expect(parseDiagnoseArgs(["--batch", "text"])).toMatchObject({ ok: false });
  expect(parseDiagnoseArgs([" "])).toEqual({ ok: false, error: "TEXT is empty" });
});

test("a batch line needs an id and a string text", () => {
  expect(readBatchLine('{"id":"q1","text":"Sent"}')).toEqual({ ok: true, id: "q1", text: "Sent" });
  expect(readBatchLine('{"id":7,"text":""}')).toEqual({ ok: true, id: 7, text: "" });
  expect(readBatchLine("not json")).toEqual({ ok: false, error: "not valid JSON" });
  expect(readBatchLine('{"id":"q1"}')).toMatchObject({ ok: false });
  expect(readBatchLine('{"text":"x"}')).toMatchObject({ ok: false });
});
