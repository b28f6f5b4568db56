import { describe, expect, test } from "vitest";
import {
  doneIds,
  EMPTY_PROGRESS,
  markStep,
  mergeProgress,
  migrateProgress,
  nextTime,
  parseProgress,
  resetProgress,
  serializeProgress,
} from "@/lib/checklist/progress";

const steps = [{ id: "a" }, { id: "b" }, { id: "c" }];

describe("checklist progress", () => {
  test("ticks made in two tabs both survive the merge", () => {
    const tab1 = markStep(EMPTY_PROGRESS, "a", true, 10);
    const tab2 = markStep(EMPTY_PROGRESS, "b", true, 11);
    expect(doneIds(mergeProgress(tab1, tab2), steps)).toEqual(["a", "b"]);
    expect(doneIds(mergeProgress(tab2, tab1), steps)).toEqual(["a", "b"]);
  });

  test("per step, the later change wins whichever tab wrote last", () => {
    const ticked = markStep(EMPTY_PROGRESS, "a", true, 10);
    const unticked = markStep(EMPTY_PROGRESS, "a", false, 20);
    expect(doneIds(mergeProgress(ticked, unticked), steps)).toEqual([]);
    expect(doneIds(mergeProgress(unticked, ticked), steps)).toEqual([]);
  });

  test("a stale tab cannot undo a Reset: its older ticks stay undone after merging", () => {
    const stale = markStep(markStep(EMPTY_PROGRESS, "a", true, 10), "b", true, 11);
    const afterReset = resetProgress(stale, 50);
    expect(doneIds(afterReset, steps)).toEqual([]);
    // The stale tab writes its old state back (read-merge-write merges it with the stored reset).
    expect(doneIds(mergeProgress(afterReset, stale), steps)).toEqual([]);
    // A tick made after the reset counts.
    expect(doneIds(mergeProgress(afterReset, markStep(stale, "c", true, 60)), steps)).toEqual(["c"]);
  });

  test("nextTime is later than every mark and reset seen, even when the clock is behind", () => {
    const p = resetProgress(markStep(EMPTY_PROGRESS, "a", true, 100), 200);
    expect(nextTime(p, 5)).toBe(201);
    expect(nextTime(p, 500)).toBe(500);
  });

  test("a renamed step keeps its tick: marks under an id in `was` move to the new id", () => {
    const stored = markStep(EMPTY_PROGRESS, "old-a", true, 10);
    const renamed = [{ id: "new-a", was: ["old-a"] }, { id: "b" }];
    const migrated = migrateProgress(stored, renamed);
    expect(doneIds(migrated, renamed)).toEqual(["new-a"]);
    expect(migrated.steps["old-a"]).toBeUndefined();
  });

  test("a later change under the new id wins over an older mark under the old id", () => {
    const stored = mergeProgress(markStep(EMPTY_PROGRESS, "old-a", true, 10), markStep(EMPTY_PROGRESS, "new-a", false, 20));
    expect(doneIds(migrateProgress(stored, [{ id: "new-a", was: ["old-a"] }]), [{ id: "new-a" }])).toEqual([]);
  });

  test("version 1 storage (an array of ticked ids) still reads, and a reset clears it", () => {
    const v1 = parseProgress(JSON.stringify(["a", "c", 7]));
    expect(doneIds(v1, steps)).toEqual(["a", "c"]);
    expect(doneIds(resetProgress(v1, 2), steps)).toEqual([]);
  });

  test("junk in storage reads as nothing ticked", () => {
    for (const raw of [null, "", "{", "42", '{"steps":[1]}', '{"steps":{"a":{"done":"yes"}}}']) {
      expect(doneIds(parseProgress(raw), steps)).toEqual([]);
    }
  });

  test("serialize and parse round-trip", () => {
    const p = resetProgress(markStep(markStep(EMPTY_PROGRESS, "a", true, 10), "b", true, 30), 20);
    expect(parseProgress(serializeProgress(p))).toEqual(p);
    expect(doneIds(parseProgress(serializeProgress(p)), steps)).toEqual(["b"]);
  });

  test("steps unknown to the checklist are never reported as done", () => {
    expect(doneIds(markStep(EMPTY_PROGRESS, "gone", true, 5), steps)).toEqual([]);
  });
});
