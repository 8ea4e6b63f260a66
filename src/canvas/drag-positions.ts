/** Where cards being dragged are right now, by node id. */
export type Drag = Record<string, { x: number; y: number }>;

/**
 * The flow nodes with dragged cards at their drag positions. Looked up as own properties:
 * a node called `constructor` or `toString` would otherwise find Object.prototype's function
 * and be moved to "position: function", which draws it nowhere.
 */
export function withDragPositions<T extends { id: string; position: { x: number; y: number } }>(
  nodes: T[],
  drag: Drag | null,
): T[] {
  if (!drag) return nodes;
  return nodes.map((n) => (Object.hasOwn(drag, n.id) ? { ...n, position: drag[n.id]! } : n));
}
