// Entity types for display: a label per type and a class that gives each its
// colour and underline pattern (so the type never rests on colour alone).

export const ENTITY_TYPES = Object.freeze(['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'DATE', 'MONEY', 'PERCENT']);

export function entityTypeClass(type) {
  return ENTITY_TYPES.includes(type) ? `views-entity-${type.toLowerCase()}` : 'views-entity-other';
}

export function isFilterableType(type) {
  return ['PER', 'ORG', 'GPE', 'LOC', 'FAC'].includes(type);
}
