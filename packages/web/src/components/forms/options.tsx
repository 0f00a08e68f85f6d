import { valuesOf } from "../../lib/enums";

/** An <option> for each value of an enum, in the order of its labels, each showing its label. */
export function EnumOptions<E extends string>({ labels }: { labels: Record<E, string> }) {
  return valuesOf(labels).map((value) => (
    <option key={value} value={value}>
      {labels[value]}
    </option>
  ));
}

/** An <option> for each node (an entity, an event, a source), its id the value. */
export function NodeOptions<N extends { id: string }>({ nodes, label }: { nodes: readonly N[]; label: (node: N) => string }) {
  return nodes.map((node) => (
    <option key={node.id} value={node.id}>
      {label(node)}
    </option>
  ));
}
