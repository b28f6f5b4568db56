/**
 * The messages /embed posts to the page that framed it (public/embed.js reads them). Plain objects,
 * always sent with the exact target origin; the host checks event.origin and event.source.
 */
export const EMBED_MESSAGE = {
  resize: "fixpath:resize",
  close: "fixpath:close",
} as const;

export type EmbedMessage = { type: typeof EMBED_MESSAGE.resize; height: number } | { type: typeof EMBED_MESSAGE.close };
