import { mdxToMdast } from 'satteri';

/**
 * The MDX components a body uses, found by parsing the MDX (the same parser Astro compiles it with), so attribute
 * order, quoting, line breaks and code blocks that merely show a component are all read as MDX reads them.
 */

/** One use of a component: its name and its attributes (`null` for a value written as an `{expression}`). */
export interface ComponentUse {
  name: string;
  attributes: ReadonlyMap<string, string | null>;
  /** The components used inside this one. */
  children: ComponentUse[];
}

interface TreeNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: TreeNode[];
}

/** The components a body uses, outermost first, or why MDX cannot parse the body. */
export function findComponentUses(body: string): { uses: ComponentUse[] } | { error: string } {
  let tree: TreeNode;
  try {
    tree = mdxToMdast(body) as unknown as TreeNode;
  } catch (problem) {
    return { error: problem instanceof Error ? problem.message : String(problem) };
  }
  const collect = (node: TreeNode): ComponentUse[] => {
    const inner = (node.children ?? []).flatMap(collect);
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return inner;
    const attributes = new Map<string, string | null>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) continue;
      attributes.set(attribute.name, typeof attribute.value === 'string' ? attribute.value : null);
    }
    return [{ name: node.name, attributes, children: inner }];
  };
  return { uses: collect(tree) };
}

/** Every use of the component `name`, at any depth. */
export function usesOf(uses: readonly ComponentUse[], name: string): ComponentUse[] {
  return uses.flatMap((use) => [...(use.name === name ? [use] : []), ...usesOf(use.children, name)]);
}
