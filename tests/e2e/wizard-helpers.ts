import { expect, type Locator, type Page } from "@playwright/test";

export interface WizardPath {
  product: string;
  group: string;
  scenario: string;
  /** Steps with a tickbox (actions and checks; explanations have none). */
  steps: number;
  /** The product has one group holding one scenario, so choosing it opens the root cause at once. */
  direct?: boolean;
  /** The group holds one scenario, so choosing the group opens the root cause. */
  single?: boolean;
  /** The next most likely cause after No, or undefined when No goes straight to escalation. */
  next?: string;
  /** Text the escalation step must show: the contact and what to send. */
  escalation: string[];
}

/** One path per system, in the words the content uses. */
export const paths: WizardPath[] = [
  {
    product: "Webex Experience Management",
    group: "The API rejected the request",
    scenario: "Max Record size Exceeded",
    steps: 2,
    next: "Max dispatch supported exceeded",
    escalation: ["support@xm.webex.com", "If you log the dispatchRequest API's response: the batchid it returned", "What the EventLog API shows for that batchid", "The exception details, if you noted an exception"],
  },
  {
    product: "Autologyx",
    group: "Backend test required",
    scenario: "Backend test required: wrong notification e-mail backend settings",
    steps: 5,
    single: true,
    next: "Waiting: the message is waiting to be able to send",
    escalation: ["Autologyx support, through a ticket in Kayako", "report this on Kayako"],
  },
  {
    product: "CASA",
    group: "Delivery counts are wrong, doubled or missing",
    scenario: "WhatsApp delivery data missing: Qikchat template parameter mismatch",
    steps: 3,
    next: "FirstConnectt SMS delivered count doubled",
    escalation: ["CASA support", "The delivery report CSV from the provider", "The Journey URL", "The Journey ID"],
  },
  {
    product: "Genesys Workspace Desktop Edition and Chat Server",
    group: "Chats keep routing to agents after the chat server went down",
    scenario: "Chat messages in queue after a chat server failure",
    steps: 2,
    direct: true,
    escalation: ["Genesys support", "The Genesys guide names no contact for this", "contact Genesys support through your organization's usual support channel"],
  },
  {
    product: "Mambu",
    group: "FAILED",
    scenario: "Notification FAILED: resend it through the Mambu UI or API v2",
    steps: 4,
    next: "Automatic retry policy for failed notifications",
    escalation: ["Mambu Support", "Contact Mambu Support through your organization's usual support channel"],
  },
];

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

/**
 * Waits until React has hydrated the element: a tick made before that is reset by hydration. React
 * attaches its fiber to each DOM node it owns (a `__reactFiber$<random>` property); until then the
 * element is server HTML that only looks interactive.
 */
export async function waitForHydration(target: Locator) {
  await expect
    .poll(() => target.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactFiber$"))), { message: "React never hydrated the element" })
    .toBe(true);
}

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
