/** The steps just before and after one step of an ordered list. */
export interface Neighbours<S> {
  previous: S | undefined;
  next: S | undefined;
}

/**
 * Finds the previous and next items around the first item that `isCurrent` matches, in the order given.
 * Returns no neighbours when nothing matches (a page that is not on the path).
 */
export function findNeighbours<S>(items: readonly S[], isCurrent: (item: S) => boolean): Neighbours<S> {
  const index = items.findIndex(isCurrent);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: items[index - 1], next: items[index + 1] };
}
