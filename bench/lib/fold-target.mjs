/**
 * The node whose fold hides the most (the root excluded: folding it empties the chart), and
 * the chart point of its fold button, which sits centred on the card's bottom edge (TB) or
 * right edge (LR).
 */
export function foldTargetOf(chart, layout) {
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
  const box = layout.nodes.get(best.id);
  const tb = layout.direction === 'TB';
  return {
    ...best,
    x: tb ? box.x + box.width / 2 : box.x + box.width - 14,
    y: tb ? box.y + box.height - 14 : box.y + box.height / 2,
  };
}
