import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Background,
  BackgroundVariant,
  ReactFlow,
  useReactFlow,
  useStore as useFlowStore,
  type Viewport,
  type NodeChange,
  type NodeMouseHandler,
  type OnNodeDrag,
} from '@xyflow/react';
import { useChartStore, useChartStoreApi } from '../store/store';
import { useChartLayout } from '../store/use-chart-layout';
import { useT } from '../store/use-t';
import { withDragPositions, type Drag } from './drag-positions';
import { ChartNodeCard } from './ChartNodeCard';
import type { CardNode, TreeEdge as TreeEdgeType } from './flow-adapter';
import { drawnBounds } from '../layout/box';
import type { ChartLayout } from '../layout/types';
import { OverviewLayer } from './OverviewLayer';
import { RegionsLayer } from './RegionsLayer';
import { useFlowElements } from './use-flow-elements';
import { CanvasWidgets } from './CanvasWidgets';
import { fitAround } from './fit-around';
import { canvasObstacles } from './canvas-obstacles';
import { TreeEdge } from './TreeEdge';
import { LinkEdge } from './LinkEdge';
import { useFindDrop, type DropPlace } from './use-find-drop';
import { DropHint } from './DropHint';
import { useFlowAriaLabels, useTreeRole } from './use-tree-role';
import { useLongPress } from './use-long-press';
import { usePinchOnCards } from './use-pinch-on-cards';

const nodeTypes = { card: ChartNodeCard };
const edgeTypes = { tree: TreeEdge, link: LinkEdge };
const FOCUS_GLIDE_MS = 250;
const proOptions = { hideAttribution: true };
/** Large charts seen from this far away are drawn as one bitmap instead of DOM cards. */
const OVERVIEW_ZOOM = 0.35;
const OVERVIEW_MIN_NODES = 400;
const EMPTY_NODES: CardNode[] = [];
const EMPTY_EDGES: TreeEdgeType[] = [];
const farAway = (s: { transform: [number, number, number] }) => s.transform[2] < OVERVIEW_ZOOM;

export function ChartCanvas() {
  const t = useT();
  const far = useFlowStore(farAway);
  const large = useChartLayout((layout) => layout.nodes.size > OVERVIEW_MIN_NODES);
  // React Flow's store starts at zoom 1 and fits only on init: until then a large chart
  // shows its overview, or it would mount its cards once at the wrong zoom.
  const [initialised, setInitialised] = useState(false);
  const overview = large && (far || !initialised);
  // In overview mode no cards are drawn, so the adapter need not run at all.
  const { nodes: adapted, edges } = useFlowElements(!overview);
  const [drag, setDrag] = useState<Drag | null>(null);
  // Start at the fitted view, so a large chart never mounts its cards at zoom 1 first.
  const store = useChartStoreApi();
  const [initialViewport] = useState(() => firstViewport(store.layouts.current()));
  const dragged = withDragPositions(adapted, drag);
  const nodes = overview ? EMPTY_NODES : dragged;
  const boxSelecting = useRef(false);
  const flow = useReactFlow<CardNode>();
  const fit = useViewportRequests();

  const selectNode = useChartStore((s) => s.selectNode);
  const selectMany = useChartStore((s) => s.selectMany);
  const hoverNode = useChartStore((s) => s.hoverNode);
  const startEditing = useChartStore((s) => s.startEditing);
  const moveNodeTo = useChartStore((s) => s.moveNodeTo);
  const pinPosition = useChartStore((s) => s.pinPosition);
  const openCardMenu = useChartStore((s) => s.openCardMenu);
  const ariaLabelConfig = useFlowAriaLabels();
  const canvasRef = useTreeRole();
  const onNodeContextMenu: NodeMouseHandler<CardNode> = useCallback(
    (event, node) => {
      event.preventDefault();
      openCardMenu({ id: node.id, x: event.clientX, y: event.clientY });
    },
    [openCardMenu],
  );
  const longPress = useLongPress((id, x, y) => openCardMenu({ id, x, y }));

  // A plain click (or tap) shows the card's details, as people expect from an org chart;
  // Shift/Ctrl/Cmd-click only adds to the selection.
  const onNodeClick: NodeMouseHandler<CardNode> = useCallback(
    (event, node) => {
      const additive = event.shiftKey || event.metaKey || event.ctrlKey;
      selectNode(node.id, additive ? { additive } : { open: true });
      // The details panel narrows the canvas: a card near its right edge would end up under it.
      if (!additive) requestAnimationFrame(() => keepInView(flow, node));
    },
    [selectNode, flow],
  );
  // A double-click while a card is being dragged is part of the drag, not a rename.
  const dragging = useRef(false);
  const onNodeDoubleClick: NodeMouseHandler<CardNode> = useCallback(
    (_, node) => {
      if (!dragging.current) startEditing(node.id);
    },
    [startEditing],
  );
  // A pan or zoom sweeps the cursor across many cards: those are not hovers, and each would
  // re-highlight a path (new node and edge arrays for React Flow) in the middle of the motion.
  const moving = useRef(false);
  const onMoveStart = useCallback(() => {
    moving.current = true;
  }, []);
  const onMoveEnd = useCallback(() => {
    moving.current = false;
  }, []);
  const onNodeMouseEnter: NodeMouseHandler<CardNode> = useCallback(
    (_, node) => {
      if (!moving.current) hoverNode(node.id);
    },
    [hoverNode],
  );
  const onNodeMouseLeave: NodeMouseHandler<CardNode> = useCallback(() => hoverNode(null), [hoverNode]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CardNode>[]) => {
      if (!boxSelecting.current) return;
      const picked = changes
        .filter((c) => c.type === 'select' && c.selected)
        .map((c) => (c as { id: string }).id);
      if (picked.length) selectMany(picked);
    },
    [selectMany],
  );

  const findDrop = useFindDrop();
  const [dropPlace, setDropPlace] = useState<DropPlace | null>(null);
  // A second finger turned a card drag into a pinch: the card goes back and the drop is ignored.
  const dragGivenUp = useRef(false);
  const giveUpDrag = useCallback(() => {
    dragGivenUp.current = dragging.current;
    dragging.current = false;
    setDrag(null);
    setDropPlace(null);
  }, []);
  usePinchOnCards(canvasRef, MIN_ZOOM, MAX_ZOOM, giveUpDrag);
  const onNodeDragStart = useCallback(() => {
    dragGivenUp.current = false;
  }, []);
  const onNodeDrag: OnNodeDrag<CardNode> = useCallback(
    (_, node) => {
      if (dragGivenUp.current) return;
      dragging.current = true;
      setDrag((d) => ({ ...d, [node.id]: node.position }));
      // Show where it would land now (the same answer the drop gives).
      const next = findDrop(node);
      setDropPlace((was) => (was?.targetId === next?.targetId && was?.kind === next?.kind ? was : next));
    },
    [findDrop],
  );
  const onNodeDragStop: OnNodeDrag<CardNode> = useCallback(
    (_, node) => {
      setDrag(null);
      setDropPlace(null);
      if (dragGivenUp.current) return void (dragGivenUp.current = false);
      // The button is up, but a double-click that began mid-drag still delivers its dblclick next.
      setTimeout(() => (dragging.current = false), 0);
      // Dropped onto another card: a child of it or a sibling beside it. On empty canvas: pinned there.
      const place = findDrop(node);
      if (!place)
        return pinPosition(node.id, { x: Math.round(node.position.x), y: Math.round(node.position.y) });
      const { chart } = store.getState();
      const target = chart.nodes.find((n) => n.id === place.targetId);
      if (!target) return;
      if (place.kind === 'child') {
        if (target.id !== node.data.node.parentId) moveNodeTo(node.id, target.id);
        return;
      }
      const parentId = target.parentId!;
      const siblings = chart.nodes.filter((n) => n.parentId === parentId && n.id !== node.id);
      const at = siblings.findIndex((n) => n.id === target.id);
      const beforeId = place.kind === 'before' ? target.id : (siblings[at + 1]?.id ?? null);
      moveNodeTo(node.id, parentId, beforeId);
    },
    [findDrop, moveNodeTo, pinPosition, store],
  );

  return (
    <div
      ref={canvasRef}
      className="relative h-full w-full"
      role="region"
      aria-label={t('canvas')}
      data-chart-canvas=""
      tabIndex={-1}
      {...longPress}
    >
      <ReactFlow<CardNode>
        nodes={nodes}
        edges={overview ? EMPTY_EDGES : edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeClick={onNodeClick}
        onNodeDoubleClick={onNodeDoubleClick}
        onNodeContextMenu={onNodeContextMenu}
        ariaLabelConfig={ariaLabelConfig}
        onNodeMouseEnter={onNodeMouseEnter}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        onNodeMouseLeave={onNodeMouseLeave}
        onNodeDragStart={onNodeDragStart}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onPaneClick={() => selectNode(null)}
        onSelectionStart={() => (boxSelecting.current = true)}
        onSelectionEnd={() => (boxSelecting.current = false)}
        onInit={() => {
          fit();
          setInitialised(true);
        }}
        defaultViewport={initialViewport}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        onlyRenderVisibleElements
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elevateNodesOnSelect={false}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={null}
        zoomOnDoubleClick={false}
        proOptions={proOptions}
      >
        {overview ? <OverviewLayer /> : <RegionsLayer />}
        <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="#d4d9e1" />
        <CanvasWidgets large={large} fit={fit} />
        {dropPlace ? <DropHint place={dropPlace} /> : null}
      </ReactFlow>
    </div>
  );
}

const MIN_ZOOM = 0.002;
const MAX_ZOOM = 2.5;
const FIT = { margin: 0.03, minZoom: MIN_ZOOM, maxZoom: 1.2 };
const HEADER_HEIGHT = 48;

function firstViewport(layout: ChartLayout): Viewport {
  const box = drawnBounds(layout);
  const width = typeof window === 'undefined' ? 1280 : window.innerWidth;
  const height = typeof window === 'undefined' ? 720 : window.innerHeight - HEADER_HEIGHT;
  return fitAround(box, { width, height }, [], FIT);
}

/** Pans (never zooms) just enough that the clicked card is inside the canvas. */
function keepInView(flow: ReturnType<typeof useReactFlow<CardNode>>, node: CardNode): void {
  const el = document.querySelector('.react-flow');
  if (!el) return;
  const { x, y, zoom } = flow.getViewport();
  const [w, h] = [(node.width ?? 0) * zoom, (node.height ?? 0) * zoom];
  const left = node.position.x * zoom + x;
  const top = node.position.y * zoom + y;
  const margin = 16;
  // On a phone the details sheet lies over the lower canvas rather than narrowing it.
  const sheet = document.querySelector('[data-details-panel]')?.getBoundingClientRect();
  const frame = el.getBoundingClientRect();
  const bottom =
    sheet && sheet.top > frame.top && sheet.left <= frame.left ? sheet.top - frame.top : el.clientHeight;
  const dx = Math.min(0, el.clientWidth - margin - (left + w)) || Math.max(0, margin - left);
  const dy = Math.min(0, bottom - margin - (top + h)) || Math.max(0, margin - top);
  if (dx || dy) void flow.setViewport({ x: x + dx, y: y + dy, zoom }, { duration: 200 });
}

/** Fit-view and bring-into-view requests from the store, answered with React Flow's viewport API. */
function useViewportRequests(): () => void {
  const flow = useReactFlow();
  const fitRequest = useChartStore((s) => s.fitRequest);
  const focusRequest = useChartStore((s) => s.focusRequest);
  const layout = useChartLayout();
  const answered = useRef<number | null>(null);
  const store = useChartStoreApi();
  // Fit the layout's bounds, not React Flow's nodes: in overview mode there are none.
  // The fit steps around the legend, minimap and controls, so none of them covers the chart.
  const fit = useCallback(() => {
    const el = document.querySelector('.react-flow');
    if (!el) return;
    const size = { width: el.clientWidth, height: el.clientHeight };
    void flow.setViewport(fitAround(drawnBounds(store.layouts.current()), size, canvasObstacles(el), FIT));
  }, [flow, store]);
  useEffect(() => {
    if (fitRequest === 0) return;
    // Wait a frame so React Flow has the new nodes before it fits them.
    const id = requestAnimationFrame(fit);
    return () => cancelAnimationFrame(id);
  }, [fitRequest, fit]);
  const glideEnd = useRef(0);
  useEffect(() => {
    if (!focusRequest || answered.current === focusRequest.nonce) return;
    // A large chart's new layout comes from the worker: wait until the node has its place.
    const placed = layout.nodes.get(focusRequest.id);
    if (!placed) return;
    const id = requestAnimationFrame(() => {
      answered.current = focusRequest.nonce;
      const { x, y, zoom } = flow.getViewport();
      const el = document.querySelector('.react-flow');
      const width = el?.clientWidth ?? 0;
      const height = el?.clientHeight ?? 0;
      const left = placed.x * zoom + x;
      const top = placed.y * zoom + y;
      const inView =
        left >= 0 && top >= 0 && left + placed.width * zoom <= width && top + placed.height * zoom <= height;
      // Mid-glide the viewport is only passing by: the glide would carry this node off screen again.
      const gliding = performance.now() < glideEnd.current;
      if (inView && zoom >= 0.5 && !gliding) return;
      glideEnd.current = performance.now() + FOCUS_GLIDE_MS;
      void flow.setCenter(placed.x + placed.width / 2, placed.y + placed.height / 2, {
        zoom: Math.max(zoom, 0.8),
        duration: FOCUS_GLIDE_MS,
      });
    });
    return () => cancelAnimationFrame(id);
  }, [focusRequest, flow, layout]);
  return fit;
}
