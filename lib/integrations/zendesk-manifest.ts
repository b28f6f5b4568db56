/**
 * The Zendesk app's manifest.json (Zendesk Apps framework v2): the ticket sidebar location, a
 * Fixpath URL parameter and the API token as a secure parameter. Pure; scripts/build-zendesk-app.mts writes it.
 */
export interface ZendeskAppOptions {
  /** The Fixpath server's address: the URL setting's default, and its host the only domain the token may go to. */
  fixpathUrl: string;
  version: string;
  author: { name: string; email: string; url: string };
}

export const ZENDESK_APP_ASSETS = {
  iframe: "assets/iframe.html",
} as const;

export function zendeskManifest({ fixpathUrl, version, author }: ZendeskAppOptions) {
  const url = new URL(fixpathUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`the Fixpath URL must be http(s): ${fixpathUrl}`);
  return {
    name: "Fixpath",
    author,
    defaultLocale: "en",
    private: true,
    location: {
      support: {
        ticket_sidebar: { url: ZENDESK_APP_ASSETS.iframe, flexible: true },
      },
    },
    version,
    frameworkVersion: "2.0",
    // Zendesk sends secure settings only to these domains: the token can reach the Fixpath server and nothing else.
    domainWhitelist: [url.hostname],
    parameters: [
      { name: "fixpath_url", type: "url", required: true, default: url.origin },
      { name: "token", type: "text", required: true, secure: true },
    ],
  };
}
