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
  const folded = { ...chart, nodes: chart.nodes.map((n) => (n.id === best.id ? { ...n, collapsed: true } : n)) };
  return {
    ...best,
    expanded: buttonAt(layout.nodes.get(best.id), layout.direction),
    collapsed: buttonAt(layoutChart(folded, options).nodes.get(best.id), layout.direction),
  };
}

function buttonAt(box, direction) {
  return direction === 'TB'
    ? { x: box.x + box.width / 2, y: box.y + box.height - 14 }
    : { x: box.x + box.width - 14, y: box.y + box.height / 2 };
}
