import { LIMITS } from '../model/schema';
import type { NodeDraft } from './sheet-document';
import type { RowProblem, SheetShape } from './sheet-rows';

/** A row's team with the raw cells that say where it sits. */
export type RowDraft = Omit<NodeDraft, 'id' | 'parentId'> & {
  ownId: string;
  parentRef: string;
  path: string;
  level: string;
  linksCell: string;
};

export type Placement = {
  nodes: NodeDraft[];
  problems: RowProblem[];
  newRoot: boolean;
  /** Node id of each placed row, for links. */
  idOfRow: Map<number, string>;
};

const strip = (d: RowDraft): Omit<NodeDraft, 'id' | 'parentId'> => {
  const { ownId: _o, parentRef: _p, path: _a, level: _l, linksCell: _k, ...rest } = d;
  return rest;
};

function makeIds() {
  const used = new Set<string>();
  return {
    used,
    take(wanted: string, fallback: string) {
      if (wanted && wanted.length <= LIMITS.id && !used.has(wanted)) {
        used.add(wanted);
        return wanted;
      }
      let id = fallback;
      for (let i = 2; used.has(id); i++) id = `${fallback}-${i}`;
      used.add(id);
      return id;
    },
  };
}

/** Several top rows hang under one new root named after the file, so the chart still has one root. */
function withOneRoot(
  nodes: NodeDraft[],
  rootTitle: string,
  ids: ReturnType<typeof makeIds>,
  problems: RowProblem[] | null,
) {
  const roots = nodes.filter((n) => n.parentId === null);
  if (roots.length <= 1) return { nodes, newRoot: false };
  const rootId = ids.take('root', 'root');
  if (problems) for (const r of roots) problems.push({ row: r.row, reason: 'several-roots' });
  const root: NodeDraft = {
    id: rootId,
    parentId: null,
    row: 0,
    title: rootTitle,
    responsibilities: [],
    metrics: [],
  };
  return {
    nodes: [root, ...nodes.map((n) => (n.parentId === null ? { ...n, parentId: rootId } : n))],
    newRoot: true,
  };
}

function placeByParent(drafts: RowDraft[], problems: RowProblem[], ids: ReturnType<typeof makeIds>) {
  const kept: { draft: RowDraft; id: string }[] = [];
  const byOwnId = new Map<string, number>();
  const byName = new Map<string, number[]>();
  for (const d of drafts) {
    if (d.ownId && byOwnId.has(d.ownId)) {
      problems.push({ row: d.row, reason: 'duplicate-id', value: d.ownId });
      continue;
    }
    const index = kept.length;
    kept.push({ draft: d, id: ids.take(d.ownId, `r${d.row}`) });
    if (d.ownId) byOwnId.set(d.ownId, index);
    // A bilingual sheet's parent column may name a team in either language.
    const names = new Set([d.title, ...Object.values(d.text ?? {}).map((t) => t?.title)]);
    for (const name of names) {
      if (!name) continue;
      const same = byName.get(name);
      if (same) same.push(index);
      else byName.set(name, [index]);
    }
  }
  // Parent index per kept row: -1 root, -2 not placeable (problem recorded).
  const parentOf = kept.map(({ draft }, i): number => {
    const ref = draft.parentRef;
    if (!ref) return -1;
    const byId = byOwnId.get(ref);
    if (byId !== undefined) {
      if (byId !== i) return byId;
      problems.push({ row: draft.row, reason: 'self-parent', value: ref });
      return -2;
    }
    // The same name can sit in several branches: the nearest row above wins, else the first below.
    const candidates = (byName.get(ref) ?? []).filter((j) => j !== i);
    const above = candidates.filter((j) => j < i);
    const chosen = above.length > 0 ? above[above.length - 1] : candidates[0];
    if (chosen !== undefined) return chosen;
    problems.push({
      row: draft.row,
      reason: ref === draft.title ? 'self-parent' : 'unknown-parent',
      value: ref,
    });
    return -2;
  });
  // 0 unknown, 1 on the current walk, 2 placed, 3 not placed. Iterative: a 20,000-row chain is fine.
  const state = new Uint8Array(kept.length);
  for (let start = 0; start < kept.length; start++) {
    const walk: number[] = [];
    let at = start;
    let outcome: 2 | 3 = 2;
    for (;;) {
      if (state[at] === 2 || state[at] === 3) {
        outcome = state[at] as 2 | 3;
        break;
      }
      if (state[at] === 1) {
        // A cycle: its members are the walk from `at` on.
        const from = walk.indexOf(at);
        for (const j of walk.slice(from)) {
          problems.push({ row: kept[j]!.draft.row, reason: 'cycle', value: kept[j]!.draft.parentRef });
          state[j] = 3;
        }
        walk.length = from;
        outcome = 3;
        break;
      }
      state[at] = 1;
      walk.push(at);
      const parent = parentOf[at]!;
      if (parent === -1) break;
      if (parent === -2) {
        state[at] = 3;
        walk.pop();
        outcome = 3;
        break;
      }
      at = parent;
    }
    for (const j of walk) {
      if (outcome === 3 && state[j] !== 3)
        problems.push({ row: kept[j]!.draft.row, reason: 'parent-skipped', value: kept[j]!.draft.parentRef });
      state[j] = outcome;
    }
  }
  const nodes: NodeDraft[] = [];
  kept.forEach(({ draft, id }, i) => {
    if (state[i] !== 2) return;
    const parent = parentOf[i]!;
    nodes.push({ ...strip(draft), id, parentId: parent === -1 ? null : kept[parent]!.id });
  });
  return nodes;
}

function placeByPath(drafts: RowDraft[], problems: RowProblem[], ids: ReturnType<typeof makeIds>) {
  const separator = drafts.some((d) => /[>＞]/.test(d.path)) ? /\s*[>＞]\s*/ : /\s*[/／]\s*/;
  const nodes: NodeDraft[] = [];
  const byKey = new Map<string, { index: number; fromRow: boolean }>();
  for (const d of drafts) {
    const segments = d.path
      .split(separator)
      .map((s) => s.trim())
      .filter(Boolean);
    if (d.title && segments[segments.length - 1] !== d.title) segments.push(d.title);
    let parentId: string | null = null;
    for (let depth = 0; depth < segments.length; depth++) {
      const key = segments.slice(0, depth + 1).join('\u0000');
      const last = depth === segments.length - 1;
      const found = byKey.get(key);
      if (found && !last) {
        parentId = nodes[found.index]!.id;
        continue;
      }
      if (found && found.fromRow) {
        problems.push({ row: d.row, reason: 'duplicate-id', value: d.path });
        break;
      }
      const title = segments[depth]!;
      if (found) {
        // A row describing a team that an earlier path already made: fill it in where it is.
        const made = nodes[found.index]!;
        nodes[found.index] = { ...strip(d), title, id: made.id, parentId: made.parentId, row: d.row };
        found.fromRow = true;
        break;
      }
      const id = ids.take('', `r${d.row}${last ? '' : `-${depth + 1}`}`);
      const node: NodeDraft = last
        ? { ...strip(d), title, id, parentId }
        : { id, parentId, row: d.row, title, responsibilities: [], metrics: [] };
      byKey.set(key, { index: nodes.length, fromRow: last });
      nodes.push(node);
      parentId = id;
    }
  }
  return nodes;
}

function placeByLevel(drafts: RowDraft[], problems: RowProblem[], ids: ReturnType<typeof makeIds>) {
  const levels = drafts.map((d) => {
    const match = /\d+/.exec(d.level);
    if (!match) problems.push({ row: d.row, reason: 'bad-level', value: d.level });
    return match ? Number(match[0]) : null;
  });
  const stack: { level: number; id: string }[] = [];
  const nodes: NodeDraft[] = [];
  drafts.forEach((d, i) => {
    const level = levels[i];
    if (level === null || level === undefined) return;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const id = ids.take(d.ownId, `r${d.row}`);
    nodes.push({ ...strip(d), id, parentId: stack[stack.length - 1]?.id ?? null });
    stack.push({ level, id });
  });
  return nodes;
}

/** Places every row by the sheet's shape; what cannot be placed is listed, not guessed. */
export function placeDrafts(drafts: RowDraft[], shape: SheetShape, rootTitle: string): Placement {
  const problems: RowProblem[] = [];
  const ids = makeIds();
  const placed =
    shape === 'path'
      ? placeByPath(drafts, problems, ids)
      : shape === 'level'
        ? placeByLevel(drafts, problems, ids)
        : shape === 'list'
          ? drafts.map((d): NodeDraft => ({
              ...strip(d),
              id: ids.take(d.ownId, `r${d.row}`),
              parentId: null,
            }))
          : placeByParent(drafts, problems, ids);
  const quietRoots = shape === 'list' || shape === 'level';
  const { nodes, newRoot } = withOneRoot(placed, rootTitle, ids, quietRoots ? null : problems);
  const idOfRow = new Map<number, string>();
  for (const n of nodes) if (n.row > 0) idOfRow.set(n.row, n.id);
  return { nodes, problems, newRoot, idOfRow };
}
