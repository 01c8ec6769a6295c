/** Lists of entity ids used as small sets, keeping the order they were first named in. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  return a.filter((id) => b.includes(id)).length;
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

export function appendUnique(target: string[], ids: readonly string[]): void {
  for (const id of ids) if (!target.includes(id)) target.push(id);
}
