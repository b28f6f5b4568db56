export { buildFlow, candidates, findScenario, MAX_ALTERNATIVES, type Flow, type FlowGroup, type FlowScenario, type FlowSystem } from "./flow";
export { escalationsFor, type EscalationItem } from "./escalation";
export { forwardLinks, unreachableScenarios, walkFlow, type Walk } from "./reachability";
export { buildScreen, type Answer, type Choice, type PasteMatch, type PasteOptions, type Screen, type View } from "./screen";
export { advance, back, skipSingles, isFinal, START, stepNumber, TOTAL_STEPS, UNKNOWN, type WizardEvent, type WizardState } from "./state";
export { decodeState, decodeTicks, encodeState, encodeTicks, MAX_PASTE_LENGTH, WIZARD_PATH, wizardHref, type Decoded, type Ticks } from "./url";
