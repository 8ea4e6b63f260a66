/**
 * Places in the chart the bench steers to, chosen from the same layout the app computes.
 */

/**
 * The node whose fold hides the most (the root excluded: folding it empties the chart), and
 * the chart point of its fold button, expanded and collapsed (folding moves the card, so the
 * second click needs the second layout). The button sits centred on the card's bottom edge (TB)
 * or right edge (LR).
 */
export function foldTargetOf(chart, layout, layoutChart) {
  const size = new Map();
  for (let i = chart.nodes.length - 1; i >= 0; i--) {
    const n = chart.nodes[i];
    size.set(n.id, (size.get(n.id) ?? 0) + 1);
    if (n.parentId !== null) size.set(n.parentId, (size.get(n.parentId) ?? 0) + (size.get(n.id) ?? 0));
  }
  let best = null;
  for (const n of chart.nodes) {
    if (n.parentId === null || !layout.nodes.has(n.id)) continue;
    const descendants = size.get(n.id) - 1;
    if (!best || descendants > best.descendants) best = { id: n.id, descendants };
  }
  if (!best) return null;
  const options = { direction: chart.direction, compact: chart.compact };
  const folded = {
    ...chart,
    nodes: chart.nodes.map((n) => (n.id === best.id ? { ...n, collapsed: true } : n)),
  };
  return {
    ...best,
    expanded: buttonAt(layout.nodes.get(best.id), layout.direction),
    collapsed: buttonAt(layoutChart(folded, options).nodes.get(best.id), layout.direction),
  };
}

/** The fold button's chart point, and the card's top-left corner (where React Flow translates it to). */
function buttonAt(box, direction) {
  const card = { x: box.x, y: box.y };
  return direction === 'TB'
    ? { x: box.x + box.width / 2, y: box.y + box.height - 14, card }
    : { x: box.x + box.width - 14, y: box.y + box.height / 2, card };
}

/**
 * Where "zoom 1" is measured and a card renamed: the card on the most crowded tree level that is
 * nearest the middle of the chart, so the screen is full of cards (the geometric centre of a wide
 * tree is often the empty gap between two branches).
 */
export function denseSpotOf(layout) {
  const perDepth = new Map();
  for (const b of layout.nodes.values()) perDepth.set(b.depth, (perDepth.get(b.depth) ?? 0) + 1);
  const depth = [...perDepth.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  const mid = layout.bounds.x + layout.bounds.width / 2;
  let best = null;
  for (const b of layout.nodes.values()) {
    if (b.depth !== depth) continue;
    const d = Math.abs(b.x + b.width / 2 - mid);
    if (!best || d < best.d) best = { id: b.id, x: b.x + b.width / 2, y: b.y + b.height / 2, d };
  }
  return best && { id: best.id, x: best.x, y: best.y };
}
