import type { ExportScene, SceneNode, TextBlock } from './scene-types';
import { cssFont } from './text-measure';

export type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function roundRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number) {
  const radius = Math.max(0, Math.min(r, w / 2, h / 2));
  ctx.beginPath();
  ctx.moveTo(x + radius, y);
  ctx.arcTo(x + w, y, x + w, y + h, radius);
  ctx.arcTo(x + w, y + h, x, y + h, radius);
  ctx.arcTo(x, y + h, x, y, radius);
  ctx.arcTo(x, y, x + w, y, radius);
  ctx.closePath();
}

function drawText(ctx: Ctx, block: TextBlock | undefined) {
  if (!block) return;
  ctx.font = cssFont(block.size, block.weight);
  ctx.fillStyle = block.color;
  ctx.textAlign = block.anchor === 'middle' ? 'center' : block.anchor === 'end' ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  for (const line of block.lines) ctx.fillText(line.text, line.x, line.y);
}

function drawNode(ctx: Ctx, node: SceneNode) {
  roundRect(ctx, node.x, node.y, node.width, node.height, node.radius);
  ctx.fillStyle = node.fill;
  ctx.fill();
  ctx.save();
  ctx.clip();
  ctx.fillStyle = node.accent;
  ctx.fillRect(node.x, node.y, node.width, node.accentHeight);
  ctx.restore();
  roundRect(ctx, node.x + 0.5, node.y + 0.5, node.width - 1, node.height - 1, node.radius);
  ctx.strokeStyle = node.stroke;
  ctx.lineWidth = 1;
  ctx.stroke();
  drawText(ctx, node.title);
  drawText(ctx, node.subtitle);
  drawText(ctx, node.goal);
  for (const chip of node.chips) {
    roundRect(ctx, chip.x, chip.y, chip.width, chip.height, chip.radius);
    ctx.fillStyle = chip.fill;
    ctx.fill();
    if (chip.stroke) {
      ctx.strokeStyle = chip.stroke;
      ctx.stroke();
    }
    ctx.font = cssFont(chip.size, 400);
    ctx.fillStyle = chip.color;
    ctx.textAlign = 'center';
    ctx.fillText(chip.text, chip.x + chip.width / 2, chip.y + chip.height / 2 + chip.size * 0.35);
  }
}

/** Draws the scene with the 2D API, in the same order and geometry as the SVG. */
export function drawScene(ctx: Ctx, scene: ExportScene) {
  if (scene.background) {
    ctx.fillStyle = scene.background;
    ctx.fillRect(0, 0, scene.width, scene.height);
  }
  if (scene.title) {
    const t = scene.title;
    drawText(ctx, {
      lines: [{ text: t.text, x: t.x, y: t.y }],
      size: t.size,
      weight: t.weight,
      color: t.color,
      anchor: 'start',
    });
  }
  for (const r of scene.regions) {
    roundRect(ctx, r.x, r.y, r.width, r.height, r.radius);
    ctx.globalAlpha = r.fillOpacity;
    ctx.fillStyle = r.fill;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = r.stroke;
    ctx.lineWidth = 1;
    ctx.stroke();
  }
  ctx.lineJoin = 'round';
  for (const e of scene.edges) {
    ctx.beginPath();
    e.points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
    ctx.strokeStyle = e.color;
    ctx.lineWidth = e.width;
    ctx.stroke();
  }
  for (const l of scene.links) {
    ctx.beginPath();
    ctx.moveTo(l.from.x, l.from.y);
    if (l.control) ctx.quadraticCurveTo(l.control.x, l.control.y, l.to.x, l.to.y);
    else ctx.lineTo(l.to.x, l.to.y);
    ctx.setLineDash(l.dash);
    ctx.strokeStyle = l.color;
    ctx.lineWidth = l.width;
    ctx.stroke();
    ctx.setLineDash([]);
  }
  for (const r of scene.regions) {
    if (r.labelBox) {
      roundRect(ctx, r.labelBox.x, r.labelBox.y, r.labelBox.width, r.labelBox.height, r.labelBox.radius);
      ctx.fillStyle = r.labelBox.fill;
      ctx.fill();
    }
    drawText(ctx, r.label);
  }
  for (const node of scene.nodes) drawNode(ctx, node);
  // Link labels go over the cards, as in the SVG.
  for (const l of scene.links) {
    if (!l.label) continue;
    const b = l.label.box;
    roundRect(ctx, b.x, b.y, b.width, b.height, 4);
    ctx.fillStyle = b.fill;
    ctx.fill();
    drawText(ctx, l.label.text);
  }
  for (const item of scene.legend?.items ?? []) {
    const s = item.swatch;
    roundRect(ctx, s.x, s.y, s.width, s.height, 3);
    ctx.fillStyle = s.fill;
    ctx.fill();
    ctx.strokeStyle = s.stroke;
    ctx.stroke();
    drawText(ctx, item.label);
  }
}
