/** The chart this project reproduces; `chart/Chart.yaml` is the source, compiled in by codegen. */
import { CHART_METADATA } from '../generated/chart-files.js';

export const CHART = CHART_METADATA;

/** `helm.sh/chart` label value. */
export const CHART_LABEL = `${CHART.name}-${CHART.version}`;
