import { problem, type Problem } from "./problem";
import type { System } from "./types";

/** Finds an edge that closes a cycle, as the path it closes (a → b → a), or undefined for a one-way flow. */
function findCycle(nodeIds: string[], edges: Array<{ from: string; to: string }>): { edge: number; path: string[] } | undefined {
  const next = new Map<string, Array<{ to: string; edge: number }>>();
  edges.forEach((e, i) => next.set(e.from, [...(next.get(e.from) ?? []), { to: e.to, edge: i }]));
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (id: string): { edge: number; path: string[] } | undefined => {
    state.set(id, "open");
    stack.push(id);
    for (const { to, edge } of next.get(id) ?? []) {
      if (state.get(to) === "open") return { edge, path: [...stack.slice(stack.indexOf(to)), to] };
      if (!state.has(to)) {
        const found = visit(to);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, "done");
    return undefined;
  };
  for (const id of nodeIds) {
    if (state.has(id)) continue;
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}

/**
 * Checks a system's diagram against the system: node ids are unique, node groups are declared
 * groups, node scenarios exist in this system, edges join known nodes and flow one way.
 */
export function checkDiagram(system: System, scenarioSlugs: ReadonlySet<string>): Problem[] {
  const diagram = system.diagram;
  if (!diagram) return [];
  const problems: Problem[] = [];
  const at = (field: string, message: string, severity: "error" | "warning" = "error") =>
    problems.push(problem(system.file, `diagram.${field}`, message, severity));
  const groupIds = system.groups.map((g) => g.id);
  const nodeIds = new Set<string>();
  const placed = new Set<string>();

  diagram.nodes.forEach((node, i) => {
    if (nodeIds.has(node.id)) at(`nodes.${i}.id`, `duplicate node id "${node.id}"`);
    nodeIds.add(node.id);
    for (const g of node.groups) {
      if (groupIds.includes(g)) placed.add(g);
      else at(`nodes.${i}.groups`, `unknown group "${g}": expected one of ${groupIds.join(", ")}`);
    }
    for (const slug of node.scenarios) {
      if (!scenarioSlugs.has(slug)) at(`nodes.${i}.scenarios`, `unknown scenario "${system.id}/${slug}"`);
    }
  });

  let endpointsKnown = true;
  diagram.edges.forEach((edge, i) => {
    for (const end of ["from", "to"] as const) {
      if (!nodeIds.has(edge[end])) {
        at(`edges.${i}.${end}`, `unknown node "${edge[end]}"`);
        endpointsKnown = false;
      }
    }
  });
  const cycle = endpointsKnown ? findCycle([...nodeIds], diagram.edges) : undefined;
  if (cycle) at(`edges.${cycle.edge}`, `closes a cycle (${cycle.path.join(" → ")}): a diagram flows one way`);

  for (const g of groupIds) {
    if (!placed.has(g)) at("nodes", `group "${g}" is on no node, so its scenarios cannot show where they fail`, "warning");
  }
  return problems;
}
