import { expect, test } from "vitest";
import { choiceToStore, isTheme } from "@/components/theme/theme-preference";

test("picking the theme the OS does not prefer is remembered", () => {
  expect(choiceToStore("dark", "light")).toBe("dark");
  expect(choiceToStore("light", "dark")).toBe("light");
});

test("picking the theme the OS prefers forgets the choice, so the OS is followed again", () => {
  expect(choiceToStore("dark", "dark")).toBeNull();
  expect(choiceToStore("light", "light")).toBeNull();
});

test("only light and dark are themes; anything else in storage is ignored", () => {
  expect(["light", "dark", "system", null, ""].map(isTheme)).toEqual([true, true, false, false, false]);
});
