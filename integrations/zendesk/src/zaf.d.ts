// The parts of the Zendesk App Framework SDK (npm: zendesk_app_framework_sdk, lib/client.js) this app uses.
declare module "zendesk_app_framework_sdk" {
  export interface ZafRequestOptions {
    url: string;
    type?: "GET" | "POST";
    contentType?: string;
    data?: string;
    headers?: Record<string, string>;
    secure?: boolean;
    dataType?: "json" | "text";
    cors?: boolean;
  }
  export interface ZafClient {
    get(paths: string | string[]): Promise<Record<string, unknown>>;
    invoke(name: string, ...args: unknown[]): Promise<Record<string, unknown>>;
    request(options: ZafRequestOptions): Promise<unknown>;
    metadata(): Promise<{ settings?: Record<string, unknown> }>;
    on(name: string, handler: (data: unknown) => void): void;
  }
  const ZAFClient: { init(callback?: (context: unknown) => void): ZafClient | false };
  export default ZAFClient;
}
