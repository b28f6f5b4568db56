// The I/O edge that compiles bodies (mdx-bundler runs esbuild): used by content:check --out while
// `next build` runs, by `next dev` on the server, and by tests. Never by a page in production:
// the production server renders the code stored in the compiled catalog.
import type { Root } from "mdast";
import type { Plugin } from "esbuild";
import { bundleMDX } from "mdx-bundler";
import { assertClosedTree } from "./mdx-guard";
import { splitOverview } from "./overview";
import type { Catalog } from "./types";

/** The one module a body's program may name: the JSX runtime, which mdx-bundler maps to a parameter. */
const JSX_RUNTIME = "react/jsx-runtime";

/** esbuild resolves nothing: no file, no package, no URL. The entry point is the in-memory body. */
const resolveNothing: Plugin = {
  name: "fixpath-resolve-nothing",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === "entry-point" || args.path === JSX_RUNTIME) return undefined;
      return { errors: [{ text: `content cannot import "${args.path}"` }] };
    });
  },
};

/**
 * Compiles one validated, edition-filtered tree with mdx-bundler. The MDX source handed to the
 * bundler is empty: the first remark plugin swaps in (a copy of) the tree, so the program derives
 * from that tree only, never from the file's text; the last one throws if anything but Markdown and
 * allowlisted components is left. No globals, no files, no module resolution.
 */
export async function compileBody(tree: Root): Promise<string> {
  const { code } = await bundleMDX({
    source: "",
    globals: {},
    mdxOptions(options) {
      options.remarkPlugins = [() => () => structuredClone(tree), () => (t: Root) => assertClosedTree(t)];
      options.rehypePlugins = [];
      options.recmaPlugins = [];
      options.development = false;
      return options;
    },
    esbuildOptions(options) {
      // mdx-bundler's own list: global externals (react/jsx-runtime → a parameter), a node_modules
      // resolver (dropped: nothing may be resolved), the in-memory entry and the MDX compiler.
      const plugin = (name: string) => {
        const found = options.plugins?.find((p) => p.name === name);
        if (!found) throw new Error(`mdx-bundler no longer has its "${name}" esbuild plugin: review lib/content/mdx-compile.ts`);
        return found;
      };
      options.plugins = [plugin("global-externals"), resolveNothing, plugin("inMemory"), plugin("@mdx-js/esbuild")];
      options.platform = "neutral";
      options.minify = true;
      return options;
    },
  });
  return code;
}

/** The catalog with every body compiled: what `next build` stores and the production server renders. */
export async function compileCatalog(catalog: Catalog): Promise<Catalog> {
  const systems = await Promise.all(
    catalog.systems.map(async (s) => {
      const { lead, rest } = splitOverview(s.body);
      const [code, leadCode, restCode] = await Promise.all([compileBody(s.body), compileBody(lead), compileBody(rest)]);
      return { ...s, code, leadCode, restCode };
    }),
  );
  const scenarios = await Promise.all(catalog.scenarios.map(async (s) => ({ ...s, code: await compileBody(s.body) })));
  return { ...catalog, systems, scenarios };
}
