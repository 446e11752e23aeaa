// The co-occurrence network of the top entities: laid out by d3-force (pairs
// pull their entities together, the more shared documents the harder; all
// entities push each other apart), drawn in SVG with createElementNS, a line
// per pair as thick as the documents they share; the same pairs are listed
// in a table beside it.

import { loadForce } from './chart_library.js';
import { button, el, svg } from './dom.js';
import { entityTypeClass, isFilterableType } from './entity_types.js';

const SIZE = 460;
const MARGIN = 70; // room for the labels around the drawing
const MAX_EDGES = 40; // the strongest pairs are drawn; the table lists them all
const TICKS = 300;

// Positions for `nodes` (ids) in a SIZE × SIZE box. The simulation runs to
// rest at once (no animation) and is deterministic: d3-force places nodes on
// a spiral first and draws its jitter from a fixed-seed generator.
export function forceLayout({ forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide }, nodes, pairs, size = SIZE) {
  const points = nodes.map((id) => ({ id }));
  const maxShared = Math.max(1, ...pairs.map((p) => p.documents));
  const links = pairs.map((p) => ({ source: p.a, target: p.b, documents: p.documents }));
  const simulation = forceSimulation(points)
    .force('link', forceLink(links).id((d) => d.id).distance(80).strength((l) => 0.1 + (0.6 * l.documents) / maxShared))
    .force('charge', forceManyBody().strength(-220))
    .force('collide', forceCollide(22))
    .force('center', forceCenter(0, 0))
    .stop();
  simulation.tick(TICKS);
  // Scaled (at most 4×) and centred into the box inside the margin.
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const room = size - 2 * MARGIN;
  const scale = Math.min(4, room / Math.max(maxX - minX, 1), room / Math.max(maxY - minY, 1));
  const at = new Map();
  for (const p of points) {
    at.set(p.id, {
      x: Math.round(size / 2 + (p.x - (minX + maxX) / 2) * scale),
      y: Math.round(size / 2 + (p.y - (minY + maxY) / 2) * scale),
    });
  }
  return at;
}

// nodes: [{id, name, type}], pairs: [{a, b, documents}].
export async function cooccurrenceGraph({ pairs, entities }, { caption, help, pairsCaption, headers, onSelect }) {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const degree = new Map();
  for (const p of pairs) {
    degree.set(p.a, (degree.get(p.a) ?? 0) + p.documents);
    degree.set(p.b, (degree.get(p.b) ?? 0) + p.documents);
  }
  const nodes = [...degree.keys()].sort((x, y) => degree.get(y) - degree.get(x) || (x < y ? -1 : 1));
  const at = nodes.length ? forceLayout(await loadForce(), nodes, pairs) : new Map();
  const maxShared = Math.max(1, ...pairs.map((p) => p.documents));
  const name = (id) => byId.get(id)?.name || id;
  const maxDegree = Math.max(1, ...degree.values());

  const drawing = svg('svg', {
    class: 'entities-network', id: 'entities-network', viewBox: `0 0 ${SIZE} ${SIZE}`, width: SIZE, height: SIZE, role: 'img', 'aria-labelledby': 'entities-network-title entities-network-desc',
  });
  drawing.append(svg('title', { id: 'entities-network-title' }, caption), svg('desc', { id: 'entities-network-desc' }, help));
  for (const p of [...pairs].sort((x, y) => y.documents - x.documents).slice(0, MAX_EDGES)) {
    const a = at.get(p.a);
    const b = at.get(p.b);
    drawing.append(svg('line', {
      class: 'entities-network-edge', x1: a.x, y1: a.y, x2: b.x, y2: b.y,
      'stroke-width': (1 + (5 * p.documents) / maxShared).toFixed(1), 'data-a': p.a, 'data-b': p.b,
    }, svg('title', {}, `${name(p.a)} — ${name(p.b)}: ${p.documents}`)));
  }
  for (const id of nodes) {
    const { x, y } = at.get(id);
    const type = byId.get(id)?.type ?? '';
    // The label on the side away from the drawing's centre.
    const dx = x - SIZE / 2;
    const dy = y - SIZE / 2;
    const norm = Math.hypot(dx, dy) || 1;
    const lx = Math.round(x + (14 * dx) / norm);
    const ly = Math.round(y + (14 * dy) / norm + 4);
    const anchor = Math.abs(dx) < 10 ? 'middle' : dx > 0 ? 'start' : 'end';
    const node = svg('g', { class: `entities-network-node ${entityTypeClass(type)}`, 'data-entity-id': id });
    node.append(
      svg('title', {}, `${name(id)} (${type})`),
      svg('circle', { cx: x, cy: y, r: (4 + 5 * Math.sqrt(degree.get(id) / maxDegree)).toFixed(1) }),
      svg('text', { x: lx, y: ly, 'text-anchor': anchor }, name(id)),
    );
    drawing.append(node);
  }

  const table = el('table', { className: 'entities-pairs', attrs: { id: 'entities-pairs' } });
  table.append(el('caption', { text: pairsCaption }),
    el('thead', {}, el('tr', {}, el('th', { text: headers.pair, attrs: { scope: 'col', colspan: '2' } }), el('th', { text: headers.shared, attrs: { scope: 'col' } }))));
  const body = el('tbody');
  const cell = (id) => {
    const entity = byId.get(id) ?? { id, name: id, type: '' };
    const label = el('bdi', { text: entity.name || id });
    if (!isFilterableType(entity.type)) return el('td', {}, label);
    const action = button('', () => onSelect(entity), { className: 'entities-pair-filter' });
    action.append(label);
    return el('td', {}, action);
  };
  for (const p of pairs) {
    body.append(el('tr', { attrs: { 'data-a': p.a, 'data-b': p.b } }, cell(p.a), cell(p.b), el('td', { text: String(p.documents) })));
  }
  table.append(body);
  return el('div', { className: 'entities-network-block' }, el('div', { className: 'views-chart-scroll', dir: 'ltr' }, drawing), table);
}
