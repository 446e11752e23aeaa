// Edits of the entity table (merge, rename, split) as the core takes them:
// {"op":"merge","ids":[…],"into":"id"}, {"op":"rename","id":"…","name":"…"},
// {"op":"split","id":"…","surfaces":["…"],"name":"optional"}. Each builder
// returns {edit} or {problem: string key} for the view to explain.

export function mergeEdit(ids, into) {
  const unique = [...new Set(ids)];
  if (unique.length < 2) return { problem: 'entities.selectTwo' };
  const target = unique.includes(into) ? into : unique[0];
  return { edit: { op: 'merge', ids: unique, into: target } };
}

export function renameEdit(ids, name) {
  if (ids.length !== 1) return { problem: 'entities.selectOne' };
  const value = String(name ?? '').trim();
  if (!value) return { problem: 'entities.renameTo' };
  return { edit: { op: 'rename', id: ids[0], name: value } };
}

export function splitEdit(ids, surfaces, name) {
  if (ids.length !== 1) return { problem: 'entities.selectOne' };
  if (surfaces.length === 0) return { problem: 'entities.splitSurfaces' };
  const edit = { op: 'split', id: ids[0], surfaces: [...surfaces] };
  const value = String(name ?? '').trim();
  if (value) edit.name = value;
  return { edit };
}

export function describeEdit(edit) {
  if (edit.op === 'merge') return `merge ${edit.ids.join(', ')} → ${edit.into}`;
  if (edit.op === 'rename') return `rename ${edit.id} → ${edit.name}`;
  if (edit.op === 'split') return `split ${edit.id}: ${edit.surfaces.join(', ')}${edit.name ? ` → ${edit.name}` : ''}`;
  return JSON.stringify(edit);
}

export const ENTITY_EXPORT_COLUMNS = Object.freeze([
  { key: 'id', label: 'id' },
  { key: 'type', label: 'type' },
  { key: 'name', label: 'name' },
  { key: 'mentions', label: 'mentions' },
  { key: 'documents', label: 'documents' },
  { key: 'surfaces', label: 'surfaces' },
  { key: (entity) => (entity.aliases ?? []).map((alias) => (alias.lang ? `${alias.text} (${alias.lang})` : alias.text)), label: 'aliases' },
  { key: (entity) => entity.merged ?? [], label: 'merged' },
]);
