/**
 * `container_scanning.cadence` as agentk reads it: robfig/cron's `ParseStandard`. That is five
 * fields (minute, hour, day of month, month, day of week) with `*`, `?`, ranges, lists, steps
 * (`N/step` meaning N to the end), month and weekday names in any case; or a descriptor
 * (`@daily`, `@every 90m`); optionally after `CRON_TZ=<zone> ` or `TZ=<zone> `.
 *
 * croner parses the fields and computes the schedule. It accepts more than robfig does, so what
 * robfig refuses is refused first: another number of fields, `L`, `W` and `#`, names outside the
 * month and weekday fields, and 7 for Sunday.
 */
import { Cron } from 'croner';

export type CronCheck =
  | {
      readonly ok: true;
      /** The shortest time between two scans, in seconds, when it can be computed. */
      readonly intervalSeconds: number | undefined;
    }
  | { readonly ok: false; readonly message: string; readonly hint: string };

const DESCRIPTORS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

const FIELDS = [
  { name: 'minute', range: '0-59', names: undefined },
  { name: 'hour', range: '0-23', names: undefined },
  { name: 'day-of-month', range: '1-31', names: undefined },
  { name: 'month', range: '1-12 or jan-dec', names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] },
  { name: 'day-of-week', range: '0-6 or sun-sat', names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
] as const;

const FIELDS_HINT = 'write five fields, minute hour day-of-month month day-of-week, such as 0 18 * * * (daily at 18:00 UTC)';
/** Go's time.ParseDuration, which `@every` uses: `90m`, `1h30m`, `1.5h`. */
// The micro sign (U+00B5) and the Greek mu (U+03BC) are written as escapes: one character
// outside ASCII makes the bundled CLI a two-byte string, slower to read and compile at every start.
const GO_DURATION = /^[-+]?(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+$/;
const GO_DURATION_PART = /([0-9]*\.?[0-9]*)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)/g;
const UNIT_SECONDS: Readonly<Record<string, number>> = {
  ns: 1e-9,
  us: 1e-6,
  '\u00b5s': 1e-6,
  '\u03bcs': 1e-6,
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
};
/** A fixed start, so the computed interval never depends on today's date. */
const REFERENCE_TIME = new Date('2026-01-05T00:00:00Z');

export function checkCronSchedule(text: string): CronCheck {
  let spec = text.trim();
  if (spec === '') return refuse('is empty', FIELDS_HINT);
  const zone = /^(?:CRON_TZ|TZ)=(\S*)\s+/.exec(spec);
  if (zone) {
    if (!isTimeZone(zone[1] ?? ''))
      return refuse('names a time zone that does not exist', 'use an IANA zone name such as Europe/Berlin, or UTC');
    spec = spec.slice(zone[0].length).trim();
  }
  if (spec.startsWith('@every')) return checkEvery(spec.slice('@every'.length).trim());
  if (spec.startsWith('@')) {
    const fields = DESCRIPTORS[spec.toLowerCase()];
    if (fields === undefined)
      return refuse('is not a known @ descriptor', 'use @yearly, @monthly, @weekly, @daily, @hourly or @every <duration>');
    spec = fields;
  }
  const fields = spec.split(/\s+/);
  if (fields.length !== 5) {
    return refuse(`has ${fields.length} field${fields.length === 1 ? '' : 's'}; the agent reads exactly five`, FIELDS_HINT);
  }
  for (const [index, field] of fields.entries()) {
    const problem = checkField(field, FIELDS[index] as (typeof FIELDS)[number]);
    if (problem !== undefined) return problem;
  }
  let schedule: Cron;
  try {
    schedule = new Cron(spec, { paused: true, mode: '5-part', sloppyRanges: true, timezone: 'UTC' });
  } catch {
    return refuse(describeFailingField(fields), FIELDS_HINT);
  }
  return { ok: true, intervalSeconds: measureInterval(schedule) };
}

function refuse(message: string, hint: string): CronCheck {
  return { ok: false, message: `is not a cron expression the agent accepts: it ${message}`, hint };
}

function checkField(field: string, spec: (typeof FIELDS)[number]): CronCheck | undefined {
  const words = field.match(/[A-Za-z]+/g) ?? [];
  for (const word of words) {
    const names: readonly string[] | undefined = spec.names;
    if (names === undefined || !names.includes(word.toLowerCase())) {
      const extra = /^[LW]$/i.test(word) || field.includes('#') ? ' (L, W and # are not supported)' : '';
      return refuse(`has letters in the ${spec.name} field${extra}`, `the ${spec.name} field takes ${spec.range}`);
    }
  }
  if (!/^[0-9A-Za-z*?,/-]+$/.test(field)) {
    return refuse(
      `has a character the ${spec.name} field does not allow`,
      `the ${spec.name} field takes ${spec.range}, with *, ranges (1-5), lists (1,3) and steps (*/10)`,
    );
  }
  // robfig numbers the days of the week 0 to 6; croner would also take 7 for Sunday.
  if (
    spec.name === 'day-of-week' &&
    (field.split(/[,/-]/) as string[]).some((part, i, parts) => part === '7' && !isStep(field, parts, i))
  ) {
    return refuse('uses 7 in the day-of-week field', 'write Sunday as 0 or sun');
  }
  return undefined;
}

/** Whether part `index` of the field is a step value (after `/`), where 7 is fine. */
function isStep(field: string, parts: readonly string[], index: number): boolean {
  let offset = 0;
  for (let i = 0; i < index; i += 1) offset += (parts[i] as string).length + 1;
  return offset > 0 && field.charAt(offset - 1) === '/';
}

/** Which field croner refused, tried one at a time with the others as `*`. */
function describeFailingField(fields: readonly string[]): string {
  for (const [index, field] of fields.entries()) {
    const probe = fields.map((_field, i) => (i === index ? field : '*')).join(' ');
    try {
      new Cron(probe, { paused: true, mode: '5-part', sloppyRanges: true, timezone: 'UTC' });
    } catch {
      const spec = FIELDS[index] as (typeof FIELDS)[number];
      return `has its ${spec.name} field out of range or malformed (it takes ${spec.range})`;
    }
  }
  return 'does not describe a schedule';
}

function checkEvery(duration: string): CronCheck {
  if (!GO_DURATION.test(duration)) {
    return refuse('has an @every without a duration the agent reads', 'write @every followed by a Go duration such as 24h or 90m');
  }
  let seconds = 0;
  for (const match of duration.matchAll(GO_DURATION_PART)) {
    seconds += Number(match[1] === '' ? 0 : match[1]) * (UNIT_SECONDS[match[2] as string] ?? 0);
  }
  const negative = duration.startsWith('-');
  // robfig/cron runs an @every of less than a second once a second.
  return { ok: true, intervalSeconds: negative ? 1 : Math.max(1, seconds) };
}

function measureInterval(schedule: Cron): number | undefined {
  const runs = schedule.nextRuns(4, REFERENCE_TIME);
  let shortest: number | undefined;
  for (let index = 1; index < runs.length; index += 1) {
    const seconds = ((runs[index] as Date).getTime() - (runs[index - 1] as Date).getTime()) / 1000;
    shortest = shortest === undefined ? seconds : Math.min(shortest, seconds);
  }
  return shortest;
}

function isTimeZone(name: string): boolean {
  // Go's time.LoadLocation: "" and "UTC" are UTC, "Local" the machine's zone.
  if (name === '' || name === 'UTC' || name === 'Local') return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
