import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";

/** Compiles MDX at build time on the server; the result is evaluated by getMDXComponent in a Server Component. */
export async function compileMdx(source: string): Promise<string> {
  const { code } = await bundleMDX({
    source,
    // GitHub-flavoured Markdown: the seeds' state and parameter tables are pipe tables.
    mdxOptions: (options) => ({ ...options, remarkPlugins: [...(options.remarkPlugins ?? []), remarkGfm] }),
  });
  return code;
}
