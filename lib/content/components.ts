/**
 * The MDX components authors may use: the ONE table that content:check, the build and the dev
 * preview check every element against (see CONTRIBUTING.md, Components). Anything not listed here
 * (HTML elements, misspelt names, script, iframe...) is rejected. To add a component, add a row here
 * and its React implementation to components/mdx/index.tsx (a test checks the two agree).
 */
export interface AttributeRule {
  required?: boolean;
  /** A value must match this, e.g. kebab-case ids; `list` values are space-separated. */
  pattern?: RegExp;
  list?: boolean;
  /** What to write instead, for the error message. */
  example: string;
}

export interface ComponentRule {
  attributes: Record<string, AttributeRule>;
  /** Components it must sit directly inside; undefined = anywhere in the body. */
  parents?: readonly string[];
  /** Where it may be used: block = on its own lines; inline = also inside a sentence. */
  placement: "block" | "inline";
  /** What it is for, shown when an author misuses it. */
  use: string;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const title: AttributeRule = { pattern: /^[^<>{}]{1,80}$/, example: 'title="Before you resend"' };

export const COMPONENTS = {
  Steps: { attributes: {}, placement: "block", use: "the remedy: <Steps> holding one <Step> per step" },
  Step: {
    attributes: {
      id: { required: true, pattern: KEBAB, example: 'id="check-vendor-settings"' },
      // Earlier ids of this step, so a checklist tick survives a rename: was="old-id other-old-id".
      was: { pattern: KEBAB, list: true, example: 'was="old-step-id"' },
      // What the reader does with it: action (a tickbox, the default), check (a question), info (no tickbox).
      kind: { pattern: /^(?:action|check|info)$/, example: 'kind="check"' },
    },
    parents: ["Steps"],
    placement: "block",
    use: 'one remedy step: <Step id="kebab-id">What to do.</Step> inside <Steps>',
  },
  Note: { attributes: { title }, placement: "block", use: "a callout: <Note>...</Note>" },
  Warning: { attributes: { title }, placement: "block", use: "a callout: <Warning>...</Warning>" },
  Internal: { attributes: {}, placement: "inline", use: "agent-only text: <Internal>...</Internal>" },
  KeyFacts: { attributes: { title }, placement: "block", use: "a key-facts box: <KeyFacts>...</KeyFacts>" },
  // Edition-safe: not drawn on the page, and an <Internal> inside it never reaches the copied reply.
  Reply: { attributes: {}, placement: "block", use: "the reply agents copy for the customer: <Reply>...</Reply>, once per scenario" },
} as const satisfies Record<string, ComponentRule>;

export type ComponentName = keyof typeof COMPONENTS;

export const componentNames = Object.keys(COMPONENTS) as ComponentName[];

export function componentRule(name: string): ComponentRule | undefined {
  return Object.hasOwn(COMPONENTS, name) ? (COMPONENTS as Record<string, ComponentRule>)[name] : undefined;
}

/** URL schemes a link or image may use; no scheme (/path, #anchor, relative) is always fine. */
export const ALLOWED_URL_SCHEMES = ["https", "http", "mailto", "tel"] as const;
