import { expect, test } from "vitest";
import { buildMatchIndex, diagnose, diagnosePaste } from "@/lib/match";
import { focus } from "@/lib/match/shape";
import { fixtureDocs } from "./fixture";

const index = buildMatchIndex(fixtureDocs);
const kept = (text: string) => focus(text).text.replace(/\s+/g, " ").trim();

test("blanking keeps every offset: the focused text is as long as the paste, line for line", () => {
  const paste = '{"requestId": "a1b2", "message": "Max Record size Exceeded"}\nHi team,\nthanks';
  const f = focus(paste);
  expect(f.text.length).toBe(paste.length);
  expect(f.text.split("\n").length).toBe(paste.split("\n").length);
});

test("JSON: keys and identifier values are context, the message and a status are kept", () => {
  const paste = '{"statusCode": 400, "traceId": "00-4bf92f35-01", "batchId": "77aa88bb", "message": "Max Record size Exceeded", "state": "FAILED"}';
  expect(focus(paste).shape).toBe("json");
  const text = kept(paste);
  expect(text).toContain("Max Record size Exceeded");
  expect(text).toContain('"state": "FAILED"');
  expect(text).not.toContain("traceId");
  expect(text).not.toContain("77aa88bb");
  expect(diagnose(index, paste)[0]?.slug).toBe("acme/max-records");
});

test("escaped JSON inside a JSON string is read the same way", () => {
  const paste = '{"body": "{\\"batchId\\":\\"65aa\\",\\"response\\":{\\"message\\":\\"Dispatch is paused\\"}}"}';
  const text = kept(paste);
  expect(text).not.toContain("batchId");
  expect(text).not.toContain("65aa");
  expect(diagnose(index, paste)[0]?.slug).toBe("acme/dispatch-paused");
});

test("logs: Lambda START/END/REPORT lines, stack frames, thread and logger names are context", () => {
  const paste = [
    "START RequestId: 8f2c1a9e-4b7d-4e3a-9f10-2c5d6e7f8a9b Version: $LATEST",
    "2025-03-04T09:12:44.118Z [pool-1-thread-3] com.acme.dispatch.RecordValidator ERROR Max Record size Exceeded req=7d3e55b1",
    "   at com.acme.dispatch.RecordValidator.check(RecordValidator.java:42)",
    "END RequestId: 8f2c1a9e-4b7d-4e3a-9f10-2c5d6e7f8a9b",
    "REPORT RequestId: 8f2c1a9e-4b7d-4e3a-9f10-2c5d6e7f8a9b Duration: 812.44 ms Billed Duration: 813 ms",
  ].join("\n");
  expect(focus(paste).shape).toBe("log");
  const text = kept(paste);
  for (const gone of ["START", "REPORT", "Billed", "pool-1-thread-3", "RecordValidator", "7d3e55b1"]) expect(text).not.toContain(gone);
  expect(text).toContain("Max Record size Exceeded");
  expect(diagnose(index, paste)[0]?.slug).toBe("acme/max-records");
});

test("tickets: greeting, quoted-mail header, sign-off and signature are context", () => {
  const paste = "Hello Support,\nOn Mon, 3 Mar 2025, Ana <ana@example.com> wrote:\n> Our dispatch is paused since Monday\nKind regards,\nTom Fletcher\nHead of Customer Insight, Example Ltd";
  expect(focus(paste).shape).toBe("ticket");
  const text = kept(paste);
  for (const gone of ["Hello", "wrote", "Kind regards", "Tom", "Example Ltd"]) expect(text).not.toContain(gone);
  expect(text).toContain("Our dispatch is paused since Monday");
  expect(diagnosePaste(index, paste).matches[0]?.slug).toBe("acme/dispatch-paused");
});

test("a match's highlight still points at the paste's own text after blanking", () => {
  const paste = '{"traceId": "x1", "message": "Dispatch is paused"}';
  const m = diagnose(index, paste)[0];
  expect(m?.why.span).toBeDefined();
  const [start, end] = m?.why.span ?? [0, 0];
  expect(paste.slice(start, end)).toBe("Dispatch is paused");
});

test("confidence in words: a verbatim signature is exact, a description is likely or possible", () => {
  expect(diagnose(index, "Max Record size Exceeded")[0]?.confidence).toBe("exact");
  const described = diagnose(index, "the administrator paused the dispatch and invitations stopped")[0];
  expect(described?.slug).toBe("acme/dispatch-paused");
  expect(["likely", "possible"]).toContain(described?.confidence);
  const weak = diagnose(index, "too many records maybe")[0];
  if (weak) expect(weak.confidence).not.toBe("exact");
});
