import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { mdxComponents } from "./index";

/**
 * Renders a scenario's or system's body: an HTML tree of plain data that lib/content built from
 * validated MDX. Nothing is compiled or evaluated (no bundler, no `new Function`), so content can
 * name only the components of mdxComponents and cannot reach the environment.
 */
export function MdxContent({ body }: { body: Root }) {
  return <div className="prose-content">{toJsxRuntime(body, { Fragment, jsx, jsxs, components: mdxComponents })}</div>;
}
