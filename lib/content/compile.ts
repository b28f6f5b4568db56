import { bundleMDX } from "mdx-bundler";

/** Compiles MDX at build time on the server; the result is evaluated by getMDXComponent in a Server Component. */
export async function compileMdx(source: string): Promise<string> {
  const { code } = await bundleMDX({ source });
  return code;
}
