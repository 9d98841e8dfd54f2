/** The minimum a path step needs for ordering and grouping. */
export interface OrderedStep {
  order: number;
  unit: string;
}

/** A unit (chapter) of a path with its steps in reading order. */
export interface PathUnit<S extends OrderedStep> {
  title: string;
  /** 1-based number of the unit within the path. */
  number: number;
  steps: S[];
}

/**
 * Sorts a path's steps by `order` and groups consecutive steps by unit, so the page shows chapters in
 * reading order. A unit that reappears later in the path starts a new group rather than pulling later
 * steps forward: the path's order always wins.
 */
export function outlinePath<S extends OrderedStep>(steps: readonly S[]): PathUnit<S>[] {
  const units: PathUnit<S>[] = [];
  for (const step of [...steps].sort((a, b) => a.order - b.order)) {
    const current = units.at(-1);
    if (current?.title === step.unit) current.steps.push(step);
    else units.push({ title: step.unit, number: units.length + 1, steps: [step] });
  }
  return units;
}
