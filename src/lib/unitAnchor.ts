/** The fragment id of a unit's heading on `/learn/`, shared by the page and the links into it. */
export function unitAnchor(pathId: string, unitNumber: number): string {
  return `${pathId}-unit-${unitNumber}`;
}
