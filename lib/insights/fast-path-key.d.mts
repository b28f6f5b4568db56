export const FEEDBACK_FAST_PATH: unique symbol;
