/** The ids in their new order after moving one a place up or down; unchanged at either end. */
export function moveInList(ids: string[], id: string, direction: 'up' | 'down'): string[] {
  const i = ids.indexOf(id);
  const j = direction === 'up' ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= ids.length) return ids;
  const out = [...ids];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}
