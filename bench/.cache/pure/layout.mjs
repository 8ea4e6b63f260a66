// node_modules/d3-hierarchy/src/hierarchy/count.js
function count(node) {
	var sum = 0, children = node.children, i = children && children.length;
	if (!i) sum = 1;
	else while (--i >= 0) sum += children[i].value;
	node.value = sum;
}
function count_default() {
	return this.eachAfter(count);
}
// node_modules/d3-hierarchy/src/hierarchy/each.js
function each_default(callback) {
	var node = this, current, next = [node], children, i, n;
	do {
		current = next.reverse(), next = [];
		while (node = current.pop()) {
			callback(node), children = node.children;
			if (children) for (i = 0, n = children.length; i < n; ++i) next.push(children[i]);
		}
	} while (next.length);
	return this;
}
// node_modules/d3-hierarchy/src/hierarchy/eachBefore.js
function eachBefore_default(callback) {
	var node = this, nodes = [node], children, i;
	while (node = nodes.pop()) {
		callback(node), children = node.children;
		if (children) for (i = children.length - 1; i >= 0; --i) nodes.push(children[i]);
	}
	return this;
}
// node_modules/d3-hierarchy/src/hierarchy/eachAfter.js
function eachAfter_default(callback) {
	var node = this, nodes = [node], next = [], children, i, n;
	while (node = nodes.pop()) {
		next.push(node), children = node.children;
		if (children) for (i = 0, n = children.length; i < n; ++i) nodes.push(children[i]);
	}
	while (node = next.pop()) callback(node);
	return this;
}
// node_modules/d3-hierarchy/src/hierarchy/sum.js
function sum_default(value) {
	return this.eachAfter(function(node) {
		var sum = +value(node.data) || 0, children = node.children, i = children && children.length;
		while (--i >= 0) sum += children[i].value;
		node.value = sum;
	});
}
// node_modules/d3-hierarchy/src/hierarchy/sort.js
function sort_default(compare) {
	return this.eachBefore(function(node) {
		if (node.children) node.children.sort(compare);
	});
}
// node_modules/d3-hierarchy/src/hierarchy/path.js
function path_default(end) {
	var start = this, ancestor = leastCommonAncestor(start, end), nodes = [start];
	while (start !== ancestor) {
		start = start.parent;
		nodes.push(start);
	}
	var k = nodes.length;
	while (end !== ancestor) {
		nodes.splice(k, 0, end);
		end = end.parent;
	}
	return nodes;
}
function leastCommonAncestor(a, b) {
	if (a === b) return a;
	var aNodes = a.ancestors(), bNodes = b.ancestors(), c = null;
	a = aNodes.pop();
	b = bNodes.pop();
	while (a === b) {
		c = a;
		a = aNodes.pop();
		b = bNodes.pop();
	}
	return c;
}
// node_modules/d3-hierarchy/src/hierarchy/ancestors.js
function ancestors_default() {
	var node = this, nodes = [node];
	while (node = node.parent) nodes.push(node);
	return nodes;
}
// node_modules/d3-hierarchy/src/hierarchy/descendants.js
function descendants_default() {
	var nodes = [];
	this.each(function(node) {
		nodes.push(node);
	});
	return nodes;
}
// node_modules/d3-hierarchy/src/hierarchy/leaves.js
function leaves_default() {
	var leaves = [];
	this.eachBefore(function(node) {
		if (!node.children) leaves.push(node);
	});
	return leaves;
}
// node_modules/d3-hierarchy/src/hierarchy/links.js
function links_default() {
	var root = this, links = [];
	root.each(function(node) {
		if (node !== root) links.push({
			source: node.parent,
			target: node
		});
	});
	return links;
}
// node_modules/d3-hierarchy/src/hierarchy/index.js
function hierarchy(data, children) {
	var root = new Node(data), valued = +data.value && (root.value = data.value), node, nodes = [root], child, childs, i, n;
	if (children == null) children = defaultChildren;
	while (node = nodes.pop()) {
		if (valued) node.value = +node.data.value;
		if ((childs = children(node.data)) && (n = childs.length)) {
			node.children = new Array(n);
			for (i = n - 1; i >= 0; --i) {
				nodes.push(child = node.children[i] = new Node(childs[i]));
				child.parent = node;
				child.depth = node.depth + 1;
			}
		}
	}
	return root.eachBefore(computeHeight);
}
function node_copy() {
	return hierarchy(this).eachBefore(copyData);
}
function defaultChildren(d) {
	return d.children;
}
function copyData(node) {
	node.data = node.data.data;
}
function computeHeight(node) {
	var height = 0;
	do
		node.height = height;
	while ((node = node.parent) && node.height < ++height);
}
function Node(data) {
	this.data = data;
	this.depth = this.height = 0;
	this.parent = null;
}
Node.prototype = hierarchy.prototype = {
	constructor: Node,
	count: count_default,
	each: each_default,
	eachAfter: eachAfter_default,
	eachBefore: eachBefore_default,
	sum: sum_default,
	sort: sort_default,
	path: path_default,
	ancestors: ancestors_default,
	descendants: descendants_default,
	leaves: leaves_default,
	links: links_default,
	copy: node_copy
};
// node_modules/d3-flextree/src/flextree.js
var { version } = {
	name: "d3-flextree",
	version: "2.1.2",
	main: "build/d3-flextree.js",
	module: "index",
	"jsnext:main": "index",
	author: {
		"name": "Chris Maloney",
		"url": "http://chrismaloney.org"
	},
	description: "Flexible tree layout algorithm that allows for variable node sizes.",
	keywords: [
		"d3",
		"d3-module",
		"layout",
		"tree",
		"hierarchy",
		"d3-hierarchy",
		"plugin",
		"d3-plugin",
		"infovis",
		"visualization",
		"2d"
	],
	homepage: "https://github.com/klortho/d3-flextree",
	license: "WTFPL",
	repository: {
		"type": "git",
		"url": "https://github.com/klortho/d3-flextree.git"
	},
	scripts: {
		"clean": "rm -rf build demo test",
		"build:demo": "rollup -c --environment BUILD:demo",
		"build:dev": "rollup -c --environment BUILD:dev",
		"build:prod": "rollup -c --environment BUILD:prod",
		"build:test": "rollup -c --environment BUILD:test",
		"build": "rollup -c",
		"lint": "eslint index.js src",
		"test:main": "node test/bundle.js",
		"test:browser": "node test/browser-tests.js",
		"test": "npm-run-all test:*",
		"prepare": "npm-run-all clean build lint test"
	},
	dependencies: { "d3-hierarchy": "^1.1.5" },
	devDependencies: {
		"babel-plugin-external-helpers": "^6.22.0",
		"babel-preset-es2015-rollup": "^3.0.0",
		"d3": "^4.13.0",
		"d3-selection-multi": "^1.0.1",
		"eslint": "^4.19.1",
		"jsdom": "^11.6.2",
		"npm-run-all": "^4.1.2",
		"rollup": "^0.55.3",
		"rollup-plugin-babel": "^2.7.1",
		"rollup-plugin-commonjs": "^8.0.2",
		"rollup-plugin-copy": "^0.2.3",
		"rollup-plugin-json": "^2.3.0",
		"rollup-plugin-node-resolve": "^3.0.2",
		"rollup-plugin-uglify": "^3.0.0",
		"uglify-es": "^3.3.9"
	}
};
var defaults = Object.freeze({
	children: (data) => data.children,
	nodeSize: (node) => node.data.size,
	spacing: 0
});
function flextree(options) {
	const opts = Object.assign({}, defaults, options);
	function accessor(name) {
		const opt = opts[name];
		return typeof opt === "function" ? opt : () => opt;
	}
	function layout(tree) {
		const wtree = wrap(getWrapper(), tree, (node) => node.children);
		wtree.update();
		return wtree.data;
	}
	function getFlexNode() {
		const nodeSize = accessor("nodeSize");
		const spacing = accessor("spacing");
		return class FlexNode extends hierarchy.prototype.constructor {
			constructor(data) {
				super(data);
			}
			copy() {
				const c = wrap(this.constructor, this, (node) => node.children);
				c.each((node) => node.data = node.data.data);
				return c;
			}
			get size() {
				return nodeSize(this);
			}
			spacing(oNode) {
				return spacing(this, oNode);
			}
			get nodes() {
				return this.descendants();
			}
			get xSize() {
				return this.size[0];
			}
			get ySize() {
				return this.size[1];
			}
			get top() {
				return this.y;
			}
			get bottom() {
				return this.y + this.ySize;
			}
			get left() {
				return this.x - this.xSize / 2;
			}
			get right() {
				return this.x + this.xSize / 2;
			}
			get root() {
				const ancs = this.ancestors();
				return ancs[ancs.length - 1];
			}
			get numChildren() {
				return this.hasChildren ? this.children.length : 0;
			}
			get hasChildren() {
				return !this.noChildren;
			}
			get noChildren() {
				return this.children === null;
			}
			get firstChild() {
				return this.hasChildren ? this.children[0] : null;
			}
			get lastChild() {
				return this.hasChildren ? this.children[this.numChildren - 1] : null;
			}
			get extents() {
				return (this.children || []).reduce((acc, kid) => FlexNode.maxExtents(acc, kid.extents), this.nodeExtents);
			}
			get nodeExtents() {
				return {
					top: this.top,
					bottom: this.bottom,
					left: this.left,
					right: this.right
				};
			}
			static maxExtents(e0, e1) {
				return {
					top: Math.min(e0.top, e1.top),
					bottom: Math.max(e0.bottom, e1.bottom),
					left: Math.min(e0.left, e1.left),
					right: Math.max(e0.right, e1.right)
				};
			}
		};
	}
	function getWrapper() {
		const FlexNode = getFlexNode();
		const nodeSize = accessor("nodeSize");
		const spacing = accessor("spacing");
		return class extends FlexNode {
			constructor(data) {
				super(data);
				Object.assign(this, {
					x: 0,
					y: 0,
					relX: 0,
					prelim: 0,
					shift: 0,
					change: 0,
					lExt: this,
					lExtRelX: 0,
					lThr: null,
					rExt: this,
					rExtRelX: 0,
					rThr: null
				});
			}
			get size() {
				return nodeSize(this.data);
			}
			spacing(oNode) {
				return spacing(this.data, oNode.data);
			}
			get x() {
				return this.data.x;
			}
			set x(v) {
				this.data.x = v;
			}
			get y() {
				return this.data.y;
			}
			set y(v) {
				this.data.y = v;
			}
			update() {
				layoutChildren(this);
				resolveX(this);
				return this;
			}
		};
	}
	function wrap(FlexClass, treeData, children) {
		const _wrap = (data, parent) => {
			const node = new FlexClass(data);
			Object.assign(node, {
				parent,
				depth: parent === null ? 0 : parent.depth + 1,
				height: 0,
				length: 1
			});
			const kidsData = children(data) || [];
			node.children = kidsData.length === 0 ? null : kidsData.map((kd) => _wrap(kd, node));
			if (node.children) Object.assign(node, node.children.reduce((hl, kid) => ({
				height: Math.max(hl.height, kid.height + 1),
				length: hl.length + kid.length
			}), node));
			return node;
		};
		return _wrap(treeData, null);
	}
	Object.assign(layout, {
		nodeSize(arg) {
			return arguments.length ? (opts.nodeSize = arg, layout) : opts.nodeSize;
		},
		spacing(arg) {
			return arguments.length ? (opts.spacing = arg, layout) : opts.spacing;
		},
		children(arg) {
			return arguments.length ? (opts.children = arg, layout) : opts.children;
		},
		hierarchy(treeData, children) {
			const kids = typeof children === "undefined" ? opts.children : children;
			return wrap(getFlexNode(), treeData, kids);
		},
		dump(tree) {
			const nodeSize = accessor("nodeSize");
			const _dump = (i0) => (node) => {
				const i1 = i0 + "  ";
				const i2 = i0 + "    ";
				const { x, y } = node;
				const size = nodeSize(node);
				const kids = node.children || [];
				const kdumps = kids.length === 0 ? " " : `,${i1}children: [${i2}${kids.map(_dump(i2)).join(i2)}${i1}],${i0}`;
				return `{ size: [${size.join(", ")}],${i1}x: ${x}, y: ${y}${kdumps}},`;
			};
			return _dump("\n")(tree);
		}
	});
	return layout;
}
flextree.version = version;
var layoutChildren = (w, y = 0) => {
	w.y = y;
	(w.children || []).reduce((acc, kid) => {
		const [i, lastLows] = acc;
		layoutChildren(kid, w.y + w.ySize);
		const lowY = (i === 0 ? kid.lExt : kid.rExt).bottom;
		if (i !== 0) separate(w, i, lastLows);
		const lows = updateLows(lowY, i, lastLows);
		return [i + 1, lows];
	}, [0, null]);
	shiftChange(w);
	positionRoot(w);
	return w;
};
var resolveX = (w, prevSum, parentX) => {
	if (typeof prevSum === "undefined") {
		prevSum = -w.relX - w.prelim;
		parentX = 0;
	}
	const sum = prevSum + w.relX;
	w.relX = sum + w.prelim - parentX;
	w.prelim = 0;
	w.x = parentX + w.relX;
	(w.children || []).forEach((k) => resolveX(k, sum, w.x));
	return w;
};
var shiftChange = (w) => {
	(w.children || []).reduce((acc, child) => {
		const [lastShiftSum, lastChangeSum] = acc;
		const shiftSum = lastShiftSum + child.shift;
		const changeSum = lastChangeSum + shiftSum + child.change;
		child.relX += changeSum;
		return [shiftSum, changeSum];
	}, [0, 0]);
};
var separate = (w, i, lows) => {
	const lSib = w.children[i - 1];
	const curSubtree = w.children[i];
	let rContour = lSib;
	let rSumMods = lSib.relX;
	let lContour = curSubtree;
	let lSumMods = curSubtree.relX;
	let isFirst = true;
	while (rContour && lContour) {
		if (rContour.bottom > lows.lowY) lows = lows.next;
		const dist = rSumMods + rContour.prelim - (lSumMods + lContour.prelim) + rContour.xSize / 2 + lContour.xSize / 2 + rContour.spacing(lContour);
		if (dist > 0 || dist < 0 && isFirst) {
			lSumMods += dist;
			moveSubtree(curSubtree, dist);
			distributeExtra(w, i, lows.index, dist);
		}
		isFirst = false;
		const rightBottom = rContour.bottom;
		const leftBottom = lContour.bottom;
		if (rightBottom <= leftBottom) {
			rContour = nextRContour(rContour);
			if (rContour) rSumMods += rContour.relX;
		}
		if (rightBottom >= leftBottom) {
			lContour = nextLContour(lContour);
			if (lContour) lSumMods += lContour.relX;
		}
	}
	if (!rContour && lContour) setLThr(w, i, lContour, lSumMods);
	else if (rContour && !lContour) setRThr(w, i, rContour, rSumMods);
};
var moveSubtree = (subtree, distance) => {
	subtree.relX += distance;
	subtree.lExtRelX += distance;
	subtree.rExtRelX += distance;
};
var distributeExtra = (w, curSubtreeI, leftSibI, dist) => {
	const curSubtree = w.children[curSubtreeI];
	const n = curSubtreeI - leftSibI;
	if (n > 1) {
		const delta = dist / n;
		w.children[leftSibI + 1].shift += delta;
		curSubtree.shift -= delta;
		curSubtree.change -= dist - delta;
	}
};
var nextLContour = (w) => {
	return w.hasChildren ? w.firstChild : w.lThr;
};
var nextRContour = (w) => {
	return w.hasChildren ? w.lastChild : w.rThr;
};
var setLThr = (w, i, lContour, lSumMods) => {
	const firstChild = w.firstChild;
	const lExt = firstChild.lExt;
	const curSubtree = w.children[i];
	lExt.lThr = lContour;
	const diff = lSumMods - lContour.relX - firstChild.lExtRelX;
	lExt.relX += diff;
	lExt.prelim -= diff;
	firstChild.lExt = curSubtree.lExt;
	firstChild.lExtRelX = curSubtree.lExtRelX;
};
var setRThr = (w, i, rContour, rSumMods) => {
	const curSubtree = w.children[i];
	const rExt = curSubtree.rExt;
	const lSib = w.children[i - 1];
	rExt.rThr = rContour;
	const diff = rSumMods - rContour.relX - curSubtree.rExtRelX;
	rExt.relX += diff;
	rExt.prelim -= diff;
	curSubtree.rExt = lSib.rExt;
	curSubtree.rExtRelX = lSib.rExtRelX;
};
var positionRoot = (w) => {
	if (w.hasChildren) {
		const k0 = w.firstChild;
		const kf = w.lastChild;
		const prelim = (k0.prelim + k0.relX - k0.xSize / 2 + kf.relX + kf.prelim + kf.xSize / 2) / 2;
		Object.assign(w, {
			prelim,
			lExt: k0.lExt,
			lExtRelX: k0.lExtRelX,
			rExt: kf.rExt,
			rExtRelX: kf.rExtRelX
		});
	}
};
var updateLows = (lowY, index, lastLows) => {
	while (lastLows !== null && lowY >= lastLows.lowY) lastLows = lastLows.next;
	return {
		lowY,
		index,
		next: lastLows
	};
};
// src/layout/node-size.ts
/**
* Card sizes are fixed per kind, so layout never waits for the DOM and a text edit
* never moves anything. The canvas and the export scene draw cards at exactly these sizes.
* Function cards are taller: a two-line title, a subtitle and up to two rows of metric chips.
*/
var NODE_SIZES = {
	root: {
		width: 280,
		height: 88
	},
	chain: {
		width: 260,
		height: 88
	},
	side: {
		width: 260,
		height: 88
	},
	group: {
		width: 230,
		height: 76
	},
	function: {
		width: 230,
		height: 132
	}
};
var GAPS = {
	TB: {
		sibling: 28,
		level: 72
	},
	LR: {
		sibling: 40,
		level: 96
	}
};
/** Compact mode: the leaves of a parent stacked in a column under it, indented like a classic org chart. */
var COMPACT = {
	/** How far the column sits right of the parent's left edge (room for the connector line). */
	indent: 30,
	/** Vertical gap between the parent and the first leaf, and between stacked leaves. */
	gap: 20,
	/** A parent is stacked only when it has more leaf children than this. */
	minLeaves: 3
};
// src/layout/visible-tree.ts
function isRegionKind(kind) {
	return kind === "chain" || kind === "side";
}
/** Children per parent id in document order, and the root (the first node without a parent). */
function childrenByParent(chart) {
	const byParent = /* @__PURE__ */ new Map();
	let root;
	for (const node of chart.nodes) {
		if (node.parentId === null) {
			root ??= node;
			continue;
		}
		const siblings = byParent.get(node.parentId);
		if (siblings) siblings.push(node);
		else byParent.set(node.parentId, [node]);
	}
	return {
		root,
		byParent
	};
}
/** Descendants of a collapsed node are hidden; the collapsed node itself is shown. */
function buildVisibleTree(chart) {
	const { root, byParent } = childrenByParent(chart);
	const nodes = [];
	const parents = [];
	const depths = [];
	const children = [];
	const indexOf = /* @__PURE__ */ new Map();
	if (root) {
		const stackNodes = [root];
		const stackParents = [-1];
		while (stackNodes.length > 0) {
			const node = stackNodes.pop();
			const parent = stackParents.pop();
			if (indexOf.has(node.id)) continue;
			const index = nodes.length;
			indexOf.set(node.id, index);
			nodes.push(node);
			parents.push(parent);
			depths.push(parent < 0 ? 0 : depths[parent] + 1);
			children.push(null);
			if (parent >= 0) (children[parent] ??= []).push(index);
			const kids = node.collapsed ? void 0 : byParent.get(node.id);
			if (!kids) continue;
			for (let k = kids.length - 1; k >= 0; k--) {
				stackNodes.push(kids[k]);
				stackParents.push(index);
			}
		}
	}
	return {
		nodes,
		indexOf,
		parent: Int32Array.from(parents),
		depth: Int32Array.from(depths),
		children
	};
}
// src/layout/regions.ts
/**
* `pad` surrounds the cards of a region; `nest` surrounds a region inside another, so
* the inner one sits inside the outer one with a visible margin; `label` is extra room
* at the top of every region for its title line.
*/
var REGION_PADDING = {
	pad: 20,
	nest: 14,
	label: 26
};
function emptyExtent() {
	return {
		left: Infinity,
		top: Infinity,
		right: -Infinity,
		bottom: -Infinity
	};
}
/** Grows `into` to hold `box` padded by `pad`, plus the label line at the top. */
function includePadded(into, box, pad) {
	into.left = Math.min(into.left, box.x - pad);
	into.top = Math.min(into.top, box.y - pad - REGION_PADDING.label);
	into.right = Math.max(into.right, box.x + box.width + pad);
	into.bottom = Math.max(into.bottom, box.y + box.height + pad);
}
function extentToBox(e) {
	return {
		x: e.left,
		y: e.top,
		width: e.right - e.left,
		height: e.bottom - e.top
	};
}
/** Region tone = index of the node among chain/side nodes in document order, hidden ones included, so collapsing never recolours. */
function regionToneIndex(chart) {
	const tones = /* @__PURE__ */ new Map();
	for (const node of chart.nodes) if (isRegionKind(node.kind) && !tones.has(node.id)) tones.set(node.id, tones.size);
	return tones;
}
/** Regions come out in preorder, so outer regions precede (and draw under) the ones they hold. */
function regionsOfTree(tree, placed, tones) {
	const n = tree.nodes.length;
	const isRegion = new Uint8Array(n);
	const regionParent = new Int32Array(n);
	const level = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		isRegion[i] = isRegionKind(tree.nodes[i].kind) ? 1 : 0;
		const p = tree.parent[i];
		regionParent[i] = p < 0 ? -1 : isRegion[p] ? p : regionParent[p];
		const r = regionParent[i];
		level[i] = r < 0 ? 0 : level[r] + 1;
	}
	const extents = new Array(n);
	const regions = [];
	for (let i = n - 1; i >= 0; i--) {
		const node = tree.nodes[i];
		const card = placed.get(node.id);
		const target = isRegion[i] ? i : regionParent[i];
		if (card && target >= 0) includePadded(extents[target] ??= emptyExtent(), card, REGION_PADDING.pad);
		const own = extents[i];
		if (!isRegion[i] || !own) continue;
		const box = extentToBox(own);
		regions.push({
			...box,
			nodeId: node.id,
			tone: tones.get(node.id) ?? 0,
			level: level[i]
		});
		const outer = regionParent[i];
		if (outer >= 0) includePadded(extents[outer] ??= emptyExtent(), box, REGION_PADDING.nest);
	}
	return regions.reverse();
}
// src/layout/layout-frame.ts
/**
* d3-flextree lays out any object tree with `children`, reading sizes through the
* accessor and writing x and y back. Handing it our items directly skips building a
* d3 hierarchy first, which is about a third of the layout time on big charts.
*/
function frameLayout(spacing) {
	const layout = flextree({
		nodeSize: ((item) => item.size),
		spacing
	});
	return (root) => void layout(root);
}
function screenBox(lr, c, d, cSize, dSize) {
	return lr ? {
		x: d,
		y: c,
		width: dSize,
		height: cSize
	} : {
		x: c,
		y: d,
		width: cSize,
		height: dSize
	};
}
/**
* Lays out one frame: a chain/side node (or the root) with everything under it down to
* the next chain/side nodes, which by now are finished blocks. Frames run innermost
* first, so a frame's block size is known before its outer frame needs it.
*/
function layoutFrame(g, frame, layout) {
	const root = buildItem(g, frame, frame);
	layout(root);
	const region = frame === 0 ? null : emptyExtent();
	const stack = [root];
	while (stack.length > 0) {
		const item = stack.pop();
		place(g, item);
		if (region) includeItem(g, item, region);
		if (item.children) for (const child of item.children) stack.push(child);
	}
	if (!region) return;
	const c = g.relC[frame];
	const d = g.relD[frame];
	const [c0, c1, d0, d1] = g.lr ? [
		region.top - c,
		region.bottom - c,
		region.left - d,
		region.right - d
	] : [
		region.left - c,
		region.right - c,
		region.top - d,
		region.bottom - d
	];
	g.block.set([
		c0,
		c1,
		d0,
		d1
	], 4 * frame);
}
function buildItem(g, frame, i) {
	if (i !== frame && g.isFrame[i]) {
		const b = 4 * i;
		return {
			i,
			kind: "block",
			size: [g.block[b + 1] - g.block[b], g.block[b + 3] + g.levelGap],
			children: null,
			x: 0,
			y: 0
		};
	}
	if (g.stackParent[i]) return {
		i,
		kind: "stack",
		size: [stackWidth(g, i), stackDepth(g, i) + g.levelGap],
		children: null,
		x: 0,
		y: 0
	};
	const kids = g.tree.children[i];
	return {
		i,
		kind: "card",
		size: [g.cs[i], g.levels[g.tree.depth[i]] + g.levelGap],
		children: kids ? kids.map((k) => buildItem(g, frame, k)) : null,
		x: 0,
		y: 0
	};
}
/** Symmetric about the parent's centre, so the connector from above stays straight. */
function stackWidth(g, i) {
	const half = g.cs[i] / 2;
	let reach = half;
	for (const k of g.tree.children[i]) reach = Math.max(reach, COMPACT.indent + g.cs[k] - half);
	return 2 * reach;
}
function stackDepth(g, i) {
	let depth = g.ds[i];
	for (const k of g.tree.children[i]) depth += COMPACT.gap + g.ds[k];
	return depth;
}
function place(g, h) {
	const { i, kind, size } = h;
	if (kind === "block") {
		g.outerC[i] = h.x - size[0] / 2 - g.block[4 * i];
		g.outerD[i] = h.y;
		return;
	}
	g.relC[i] = h.x - g.cs[i] / 2;
	g.relD[i] = h.y;
	if (kind === "card") return;
	let d = h.y + g.ds[i];
	for (const k of g.tree.children[i]) {
		d += COMPACT.gap;
		g.relC[k] = g.relC[i] + COMPACT.indent;
		g.relD[k] = d;
		d += g.ds[k];
	}
}
function includeItem(g, item, into) {
	const { i, kind } = item;
	if (kind === "block") {
		const b = 4 * i;
		const c0 = g.outerC[i] + g.block[b];
		const d0 = g.outerD[i] + g.block[b + 2];
		includePadded(into, screenBox(g.lr, c0, d0, g.block[b + 1] - g.block[b], g.block[b + 3] - g.block[b + 2]), REGION_PADDING.nest);
		return;
	}
	includePadded(into, screenBox(g.lr, g.relC[i], g.relD[i], g.cs[i], g.ds[i]), REGION_PADDING.pad);
	if (kind === "stack") for (const k of g.tree.children[i]) includePadded(into, screenBox(g.lr, g.relC[k], g.relD[k], g.cs[k], g.ds[k]), REGION_PADDING.pad);
}
// src/layout/tree-layout.ts
var DEFAULTS = {
	direction: "TB",
	compact: false
};
/**
* Tidy tree (d3-flextree, O(n)) of the visible nodes. Rows line up by depth. Each
* chain/side subtree is laid out first and then placed as one solid block the size of
* its region, so sibling regions never interlock; a block's label line and padding reach
* into the parent's level gap, which REGION_PADDING keeps smaller than that gap.
* Positions are top-left corners; the root's card is centred on x = 0 (TB) / y = 0 (LR).
*/
function layoutChart(chart, options = {}) {
	const direction = options.direction ?? chart.direction ?? DEFAULTS.direction;
	const compact = (options.compact ?? chart.compact ?? DEFAULTS.compact) && direction === "TB";
	const tree = buildVisibleTree(chart);
	const n = tree.nodes.length;
	if (n === 0) return {
		nodes: /* @__PURE__ */ new Map(),
		regions: [],
		bounds: {
			x: 0,
			y: 0,
			width: 0,
			height: 0
		},
		direction
	};
	const g = prepare(tree, direction === "LR", compact, GAPS[direction].level);
	const layout = frameLayout(GAPS[direction].sibling);
	for (let i = n - 1; i >= 0; i--) if (g.isFrame[i]) layoutFrame(g, i, layout);
	const nodes = resolve(g);
	return {
		nodes,
		regions: regionsOfTree(tree, nodes, regionToneIndex(chart)),
		bounds: boundsOf(nodes),
		direction
	};
}
function prepare(tree, lr, compact, levelGap) {
	const n = tree.nodes.length;
	const cs = new Float64Array(n);
	const ds = new Float64Array(n);
	const stackParent = new Uint8Array(n);
	const stacked = new Uint8Array(n);
	const isFrame = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const node = tree.nodes[i];
		const size = NODE_SIZES[node.kind];
		cs[i] = lr ? size.height : size.width;
		ds[i] = lr ? size.width : size.height;
		isFrame[i] = i === 0 || isRegionKind(node.kind) ? 1 : 0;
	}
	for (let i = 0; compact && i < n; i++) {
		const kids = tree.children[i];
		if (!kids || kids.length < COMPACT.minLeaves) continue;
		if (!kids.every((k) => tree.children[k] === null && !isFrame[k])) continue;
		stackParent[i] = 1;
		for (const k of kids) stacked[k] = 1;
	}
	const levels = [];
	for (let i = 0; i < n; i++) {
		if (stacked[i]) continue;
		const d = tree.depth[i];
		levels[d] = Math.max(levels[d] ?? 0, ds[i]);
	}
	const f = () => new Float64Array(n);
	return {
		tree,
		lr,
		levelGap,
		cs,
		ds,
		levels,
		stackParent,
		isFrame,
		relC: f(),
		relD: f(),
		outerC: f(),
		outerD: f(),
		block: new Float64Array(4 * n)
	};
}
/** Frames were laid out in their own coordinates; chain the frame offsets down from the root. */
function resolve(g) {
	const { tree, isFrame, relC, relD, outerC, outerD } = g;
	const n = tree.nodes.length;
	const frameOf = new Int32Array(n);
	const offC = new Float64Array(n);
	const offD = new Float64Array(n);
	const nodes = /* @__PURE__ */ new Map();
	for (let i = 0; i < n; i++) {
		const p = tree.parent[i];
		if (isFrame[i]) {
			frameOf[i] = i;
			if (p >= 0) {
				const outer = frameOf[p];
				offC[i] = offC[outer] + outerC[i] - relC[i];
				offD[i] = offD[outer] + outerD[i] - relD[i];
			}
		} else frameOf[i] = frameOf[p];
		const f = frameOf[i];
		const node = tree.nodes[i];
		const c = relC[i] + offC[f];
		const d = relD[i] + offD[f];
		const width = g.lr ? g.ds[i] : g.cs[i];
		const height = g.lr ? g.cs[i] : g.ds[i];
		const x = node.position ? node.position.x : g.lr ? d : c;
		const y = node.position ? node.position.y : g.lr ? c : d;
		nodes.set(node.id, {
			id: node.id,
			x,
			y,
			width,
			height,
			depth: tree.depth[i]
		});
	}
	return nodes;
}
function boundsOf(nodes) {
	let left = Infinity;
	let top = Infinity;
	let right = -Infinity;
	let bottom = -Infinity;
	for (const b of nodes.values()) {
		left = Math.min(left, b.x);
		top = Math.min(top, b.y);
		right = Math.max(right, b.x + b.width);
		bottom = Math.max(bottom, b.y + b.height);
	}
	return {
		x: left,
		y: top,
		width: right - left,
		height: bottom - top
	};
}
export { layoutChart };
