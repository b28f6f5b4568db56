import { expect, type Locator } from "@playwright/test";

/**
 * Waits until React has hydrated the element: a click or a tick made before that is lost or reset by
 * hydration. React attaches its fiber to each DOM node it owns (a `__reactFiber$<random>` property);
 * until then the element is server HTML that only looks interactive.
 */
export async function waitForHydration(target: Locator) {
  await expect
    .poll(() => target.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactFiber$"))), { message: "React never hydrated the element" })
    .toBe(true);
}
