// Vitest stand-in for the "server-only" marker (Next enforces it; tests run lib/ in plain Node).
export {};
