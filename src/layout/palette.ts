import type { Chart, NodeId } from '../model/schema';
import { regionToneIndex } from './regions';
import { childrenByParent, isRegionKind } from './visible-tree';

/**
 * `fill` tints a region (light enough to print); `stroke` outlines it; `accent` is the
 * node's top bar and border; `text` passes WCAG AA (4.5:1) on white, on `fill` and on
 * `chip`; `chip` is the background of metric chips.
 */
export type Tone = { fill: string; stroke: string; accent: string; text: string; chip: string };

/** In order: blue (acquisition), violet (maintenance), teal (platform side), amber (supply side), rose, slate. */
export const TONES: readonly Tone[] = [
  { fill: '#eff6ff', stroke: '#93c5fd', accent: '#2563eb', text: '#1e3a8a', chip: '#dbeafe' },
  { fill: '#f5f3ff', stroke: '#c4b5fd', accent: '#7c3aed', text: '#4c1d95', chip: '#ede9fe' },
  { fill: '#f0fdfa', stroke: '#5eead4', accent: '#0d9488', text: '#134e4a', chip: '#ccfbf1' },
  { fill: '#fffbeb', stroke: '#fcd34d', accent: '#d97706', text: '#78350f', chip: '#fef3c7' },
  { fill: '#fff1f2', stroke: '#fda4af', accent: '#e11d48', text: '#881337', chip: '#ffe4e6' },
  { fill: '#f8fafc', stroke: '#cbd5e1', accent: '#475569', text: '#1e293b', chip: '#e2e8f0' },
];

/** For nodes outside every region (the root). */
export const neutralTone: Tone = {
  fill: '#ffffff',
  stroke: '#cbd5e1',
  accent: '#334155',
  text: '#0f172a',
  chip: '#f1f5f9',
};

/** Tone indices grow with the number of regions; the palette repeats. */
export function toneAt(index: number | null): Tone {
  if (index === null) return neutralTone;
  const n = TONES.length;
  return TONES[((Math.trunc(index) % n) + n) % n]!;
}

/** Each node's tone: that of its nearest chain/side ancestor-or-self; null (neutral) when there is none. */
export function nodeTones(chart: Chart): Map<NodeId, number | null> {
  const regionTone = regionToneIndex(chart);
  const { root, byParent } = childrenByParent(chart);
  const tones = new Map<NodeId, number | null>();
  if (!root) return tones;
  const stack: { id: NodeId; kind: Chart['nodes'][number]['kind']; inherited: number | null }[] = [
    { id: root.id, kind: root.kind, inherited: null },
  ];
  while (stack.length > 0) {
    const { id, kind, inherited } = stack.pop()!;
    if (tones.has(id)) continue;
    const tone = isRegionKind(kind) ? (regionTone.get(id) ?? inherited) : inherited;
    tones.set(id, tone);
    for (const child of byParent.get(id) ?? [])
      stack.push({ id: child.id, kind: child.kind, inherited: tone });
  }
  // Nodes a malformed chart leaves unreachable still get an answer.
  for (const node of chart.nodes) if (!tones.has(node.id)) tones.set(node.id, null);
  return tones;
}
