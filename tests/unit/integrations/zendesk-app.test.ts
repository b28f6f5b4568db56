import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, test } from "vitest";
import { causesFrom, fixpathBase, requestFailure, ticketText } from "@/integrations/zendesk/src/answer";

// The zip exactly as `npm run build:zendesk-app` writes it, for a server at fixpath.example.com.
let files: Record<string, Uint8Array>;
const text = (name: string) => new TextDecoder().decode(files[name]);

beforeAll(() => {
  const out = mkdtempSync(path.join(tmpdir(), "zendesk-app-"));
  execFileSync("npx", ["tsx", "scripts/build-zendesk-app.mts", "--url", "https://fixpath.example.com/", "--out", out], { stdio: "pipe" });
  files = unzipSync(new Uint8Array(readFileSync(path.join(out, "zendesk-app.zip"))));
}, 120_000);

describe("dist/zendesk-app.zip", () => {
  test("the manifest puts the app in the ticket sidebar, on a file the zip holds", () => {
    const manifest = JSON.parse(text("manifest.json"));
    expect(manifest.frameworkVersion).toBe("2.0");
    expect(manifest.defaultLocale).toBe("en");
    const url = manifest.location.support.ticket_sidebar.url;
    expect(files[url]).toBeDefined();
    expect(url).toBe("assets/iframe.html");
  });

  test("the API token is a secure parameter that can only be sent to the Fixpath host", () => {
    const manifest = JSON.parse(text("manifest.json"));
    const token = manifest.parameters.find((p: { name: string }) => p.name === "token");
    expect(token).toMatchObject({ type: "text", secure: true, required: true });
    expect(manifest.parameters.find((p: { name: string }) => p.name === "fixpath_url")).toMatchObject({ type: "url", default: "https://fixpath.example.com" });
    expect(manifest.domainWhitelist).toEqual(["fixpath.example.com"]);
  });

  test("translations/en.json names the app and labels every parameter", () => {
    const manifest = JSON.parse(text("manifest.json"));
    const en = JSON.parse(text("translations/en.json"));
    for (const key of ["name", "short_description", "long_description", "installation_instructions"]) expect(en.app[key]).toEqual(expect.any(String));
    for (const p of manifest.parameters) expect(en.app.parameters[p.name].label).toEqual(expect.any(String));
  });

  test("iframe.html loads only files in the zip, and app.js carries the ZAF SDK from npm", () => {
    const html = text("assets/iframe.html");
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(files[`assets/${ref}`], ref).toBeDefined();
    const sdk = readFileSync("node_modules/zendesk_app_framework_sdk/lib/client.js", "utf8");
    // Strings only the SDK has: its handshake and its request events.
    expect(sdk).toContain("iframe.handshake");
    expect(text("assets/app.js")).toContain("iframe.handshake");
    expect(text("assets/app.js")).toContain("app.registered");
  });

  test("the logos are PNGs of the sizes Zendesk asks for", () => {
    for (const [name, size] of [["assets/logo.png", 320], ["assets/logo-small.png", 128]] as const) {
      const png = files[name]!;
      expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      const view = new DataView(png.buffer, png.byteOffset);
      expect([view.getUint32(16), view.getUint32(20)]).toEqual([size, size]);
    }
  });
});

describe("the sidebar's reading of the API answer", () => {
  test("the ticket text is the subject then the description", () => {
    expect(ticketText(" Subject ", "Line 1\nLine 2")).toBe("Subject\n\nLine 1\nLine 2");
    expect(ticketText(undefined, null)).toBe("");
  });

  test("causes keep title, absolute link, steps and reply; malformed entries are skipped", () => {
    const answer = {
      matches: [
        { title: "A", url: "/scenarios/x/a", score: 0.9, steps: [{ text: "Do this", internal: false }, { text: "Agents: that", internal: true }, { bad: 1 }], reply: "Hello" },
        { url: "/no-title" },
        { title: "B", url: "javascript:alert(1)", score: 0.5 },
        "junk",
      ],
    };
    expect(causesFrom(answer, "https://fixpath.example.com")).toEqual([
      { title: "A", url: "https://fixpath.example.com/scenarios/x/a", score: 0.9, steps: [{ text: "Do this", internal: false }, { text: "Agents: that", internal: true }], reply: "Hello" },
      { title: "B", url: "https://fixpath.example.com", score: 0.5, steps: [], reply: "" },
    ]);
    expect(causesFrom("not json", "https://x.example")).toEqual([]);
  });

  test("the URL setting must be http(s); failures become sentences", () => {
    expect(fixpathBase("https://fixpath.example.com/")).toBe("https://fixpath.example.com");
    expect(fixpathBase("javascript:alert(1)")).toBeUndefined();
    expect(fixpathBase(undefined)).toBeUndefined();
    expect(requestFailure({ status: 401 })).toMatch(/refused the API token/);
    expect(requestFailure({ status: 0 })).toMatch(/Could not reach Fixpath/);
    expect(requestFailure("weird")).toMatch(/Could not reach Fixpath/);
  });
});
