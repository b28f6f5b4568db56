import { describe, expect, test } from "vitest";
import type { EventRow } from "@/lib/insights/db/tables";
import { createRecorder } from "@/lib/insights/recorder";

const row = (i: number): EventRow => ({ id: String(i), hour: new Date(0), type: "search", channel: "home", edition: "customer" });
const never = () => new Promise<void>(() => {});

describe("the event recorder", () => {
  test("record returns at once even when the database never answers, and the queue stays bounded", () => {
    const logs: string[] = [];
    const recorder = createRecorder({ insert: never, maxQueue: 100, lingerMs: 1, log: (l) => logs.push(l) });
    // "At once" is structural, not a stopwatch reading (a loaded machine can pause any loop for 500 ms):
    // record is synchronous and hands back nothing to wait on.
    for (let i = 0; i < 10_000; i++) expect(recorder.record(row(i))).toBeUndefined();
    const { queued, dropped } = recorder.stats();
    expect(queued).toBeLessThanOrEqual(100);
    expect(dropped).toBe(10_000 - 100);
    expect(logs).toHaveLength(1);
  });

  test("a failing database drops events with one log line, and says so once when writing works again", async () => {
    const logs: string[] = [];
    let fail = true;
    const written: EventRow[] = [];
    const recorder = createRecorder({
      insert: async (rows) => {
        if (fail) throw new Error("connection refused");
        written.push(...rows);
      },
      lingerMs: 1,
      log: (l) => logs.push(l),
    });
    for (let i = 0; i < 50; i++) recorder.record(row(i));
    await recorder.drain();
    expect(recorder.stats().dropped).toBe(50);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain("connection refused");
    fail = false;
    recorder.record(row(99));
    await recorder.drain();
    expect(written.map((r) => r.id)).toEqual(["99"]);
    expect(logs).toHaveLength(2);
  });

  test("a durable write resolves after its batch is committed and rejects when it cannot be", async () => {
    const committed: string[] = [];
    const ok = createRecorder({ insert: async (rows) => void committed.push(...rows.map((r) => r.id)), lingerMs: 1 });
    await ok.recordDurably(row(1));
    expect(committed).toEqual(["1"]);

    const broken = createRecorder({ insert: () => Promise.reject(new Error("disk full")), lingerMs: 1 });
    await expect(broken.recordDurably(row(2))).rejects.toThrow(/disk full/);
    const slow = createRecorder({ insert: never, lingerMs: 1, durableTimeoutMs: 50 });
    await expect(slow.recordDurably(row(3))).rejects.toThrow(/not stored within 50 ms/);
  });

  test("concurrent durable writes share batches", async () => {
    let batches = 0;
    const recorder = createRecorder({ insert: async () => void batches++, lingerMs: 20 });
    await Promise.all(Array.from({ length: 40 }, (_, i) => recorder.recordDurably(row(i))));
    expect(batches).toBeLessThan(5);
  });

  test("a durable write goes ahead of a backlog of other events", async () => {
    const batches: string[][] = [];
    let release!: () => void;
    const first = new Promise<void>((r) => (release = r));
    let writing!: () => void;
    const inFlight = new Promise<void>((r) => (writing = r));
    const recorder = createRecorder({
      insert: async (rows) => {
        batches.push(rows.map((r) => r.id));
        if (batches.length === 1) {
          writing();
          await first;
        }
      },
      batchSize: 100,
      lingerMs: 1,
    });
    recorder.record(row(-1));
    // Once the first batch is being written (not after a guessed sleep): a backlog of three batches builds up behind it, then one durable write.
    await inFlight;
    for (let i = 0; i < 300; i++) recorder.record(row(i));
    const durable = recorder.recordDurably(row(1000));
    release();
    await durable;
    // The first batch after the one in flight, not the fourth, and on its own.
    expect(batches[1]).toEqual(["1000"]);
    await recorder.drain();
    expect(batches.flat()).toHaveLength(302);
  });
});
