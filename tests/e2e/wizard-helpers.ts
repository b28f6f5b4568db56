import { expect, type Page } from "@playwright/test";

import type { Scenario, System } from "../../lib/content";
import { loadCatalog } from "../../lib/content/load";
import { waitForHydration } from "./hydration";

export interface WizardPath {
  systemId: string;
  product: string;
  /** The system's question for choosing a group, and what a group is called (stage, status, symptom). */
  question: string;
  noun: string;
  groupId: string;
  group: string;
  scenarioId: string;
  scenario: string;
  summary: string;
  /** The scenario's first signature: a paste that matches it (content:check proves each one does). */
  signature?: string;
  /** Steps with a tickbox (actions and checks; explanations have none). */
  steps: number;
  /** The product has one group holding one scenario, so choosing it opens the root cause at once. */
  direct?: boolean;
  /** The group holds one scenario, so choosing the group opens the root cause. */
  single?: boolean;
  /** The next most likely cause after No, or undefined when No goes straight to escalation. */
  next?: string;
  /** Text the escalation step must show: the contact, and what to send. */
  escalation: string[];
  /** The group's advice for "I'm not sure" and the system's own contact (the unsure path's escalation). */
  unknownAdvice?: string;
  systemContact?: string;
  /** The group's scenarios in the wizard's order, with their tickable steps. */
  groupScenarios: Array<{ title: string; steps: number }>;
}

export const { catalog } = loadCatalog(process.cwd(), "customer");

const byOrder = (a: Scenario, b: Scenario) => a.order - b.order || a.slug.localeCompare(b.slug);
const tickable = (s: Scenario) => s.steps.filter((step) => step.kind !== "info").length;
/** A cause the specs can walk: two steps to tick, and an action, so the page asks "Did this solve it?". */
const walkable = (s: Scenario) => tickable(s) >= 2 && s.steps.some((step) => step.kind === "action");

/** One path per system, read from content: a group with several causes where there is one, and its first walkable cause. */
function pathFor(system: System): WizardPath | undefined {
  const own = catalog.scenarios.filter((s) => s.system === system.id);
  const groups = system.groups.map((g) => ({ g, scenarios: own.filter((s) => s.group === g.id).sort(byOrder) })).filter((x) => x.scenarios.length > 0);
  const pick = groups.find((x) => x.scenarios.length > 1 && x.scenarios.some(walkable)) ?? groups.find((x) => x.scenarios.some(walkable));
  if (!pick) return undefined;
  const at = pick.scenarios.findIndex(walkable);
  const chosen = pick.scenarios[at]!;
  // After No: the rest of the group in order, then the related scenarios, then the group's earlier ones.
  const related = chosen.related.map((id) => catalog.scenarios.find((s) => s.id === id)).filter((s) => s !== undefined);
  const next = [...pick.scenarios.slice(at + 1), ...related, ...pick.scenarios.slice(0, at)][0];
  const escalation = chosen.escalation ?? system.escalation;
  return {
    systemId: system.id,
    product: system.name,
    question: system.question,
    noun: system.groupBy,
    groupId: pick.g.id,
    group: pick.g.label,
    scenarioId: chosen.id,
    scenario: chosen.title,
    summary: chosen.summary,
    signature: chosen.signatures[0],
    steps: tickable(chosen),
    direct: groups.length === 1 && pick.scenarios.length === 1,
    single: pick.scenarios.length === 1,
    next: next?.title,
    escalation: escalation ? [escalation.contact, ...escalation.include] : [],
    unknownAdvice: pick.g.unknownAdvice,
    systemContact: system.escalation?.contact,
    groupScenarios: pick.scenarios.map((s) => ({ title: s.title, steps: tickable(s) })),
  };
}

/** One path per system that has a walkable cause, in the words the content uses. */
export const paths: WizardPath[] = catalog.systems.map(pathFor).filter((p) => p !== undefined);

/**
 * The path most specs walk: a group with several causes, and a cause with a signature of three or
 * more words (a bare status word may be shared with another system, so a paste of it is not sure).
 */
export const mainPath: WizardPath = paths.find((p) => p.groupScenarios.length > 1 && (p.signature?.split(/\s+/).length ?? 0) >= 3) ?? paths[0]!;

export const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

export async function choose(page: Page, name: string) {
  await page.getByRole("link", { name, exact: true }).click();
}

/** From the start to the root cause, clicking the answers as a customer would. */
export async function walkToRootCause(page: Page, path: WizardPath) {
  await page.goto("/diagnose");
  await expect(h1(page)).toHaveText("Which product is it?");
  await choose(page, path.product);
  if (path.direct) {
    await expect(h1(page)).toHaveText(path.scenario);
    await expect(page.getByText(`Only one cause fits: ${path.scenario}.`)).toBeVisible();
    return;
  }
  await expect(page.getByText("Step 2 of 5")).toBeVisible();
  await choose(page, path.group);
  if (!path.single) {
    await expect(h1(page)).toHaveText("Which of these do you see?");
    await choose(page, path.scenario);
  } else await expect(page.getByText(`Only one cause fits: ${path.scenario}.`)).toBeVisible();
  await expect(h1(page)).toHaveText(path.scenario);
  await expect(page.getByText("Step 4 of 5")).toBeVisible();
}

export { waitForHydration };

/** Ticks the first `count` steps, once React owns the checkboxes; the progress line counts only ticks React has seen. */
export async function tickSteps(page: Page, count: number, total: number) {
  const boxes = page.getByRole("checkbox");
  await waitForHydration(boxes.first());
  for (let i = 0; i < count; i++) {
    await boxes.nth(i).setChecked(true);
    await expect(page.getByText(`${i + 1} of ${total} done`)).toBeVisible();
  }
}

/** Presses Tab until `name`'s element has focus; fails if it never does. */
export async function tabTo(page: Page, role: "link" | "checkbox" | "button", name: string | RegExp) {
  const target = page.getByRole(role, { name, exact: typeof name === "string" }).first();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached the ${role} "${name}"`);
}
