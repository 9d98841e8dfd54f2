import { buildComparison, type ComparisonRow } from '~/lib/buildComparison';
import { FACT_LABELS } from './factLabels';
import type { Site } from './site';

/** The fact rows of the comparison table, in order, with the difference page that explains each. */
const FACT_ROWS = [
  { key: 'apiLevels', label: FACT_LABELS.apiLevels, dimension: 'api-level' },
  { key: 'executionModel', label: FACT_LABELS.executionModel, dimension: 'execution-model' },
  { key: 'graphCompilation', label: FACT_LABELS.graphCompilation, dimension: 'performance' },
  { key: 'debuggingTools', label: FACT_LABELS.debuggingTools, dimension: 'debugging' },
  { key: 'deploymentTargets', label: FACT_LABELS.deploymentTargets, dimension: 'deployment' },
  { key: 'distributedTraining', label: FACT_LABELS.distributedTraining, dimension: 'distributed-training' },
  { key: 'hardware', label: FACT_LABELS.hardware },
  { key: 'license', label: FACT_LABELS.license },
  { key: 'maintainer', label: FACT_LABELS.maintainer },
  { key: 'writtenIn', label: FACT_LABELS.writtenIn },
  { key: 'firstRelease', label: FACT_LABELS.firstRelease },
  { key: 'currentVersion', label: FACT_LABELS.currentVersion },
] as const;

/** The comparison rows for the given frameworks (all of them, or a pair). */
export function comparisonRows(site: Site, frameworkIds?: readonly string[]): ComparisonRow[] {
  const frameworks = site.frameworks
    .filter((framework) => frameworkIds === undefined || frameworkIds.includes(framework.id))
    .map((framework) => ({ id: framework.id, name: framework.data.name, facts: framework.data.facts }));
  const differences = site.differences.map((difference) => ({
    id: difference.id,
    title: difference.data.title,
    dimension: difference.data.dimension,
    verdicts: difference.data.verdicts,
  }));
  return buildComparison(frameworks, differences, FACT_ROWS);
}
