/**
 * The chart's own metadata from `chart/Chart.yaml`, compiled in by codegen: its name, and the
 * release its templates are a copy of (2.15.0). What differs per release (the version, agentk's
 * version, the values it accepts) is in `chart-releases.ts`.
 */
import { CHART_METADATA } from '../generated/chart-files.js';

export const CHART = CHART_METADATA;
