import { describe, expect, it } from 'vitest';
import { checkCronSchedule } from '../src/agent-config/check-cron-schedule.js';

/** What robfig/cron's ParseStandard (the agent's parser for container_scanning.cadence) accepts. */
const ACCEPTED: readonly (readonly [string, number | undefined])[] = [
  ['0 18 * * *', 86_400],
  ['0 13 * * 0', 7 * 86_400],
  ['*/15 * * * *', 900],
  ['5/20 * * * *', 1200],
  ['0 0 1,15 * *', undefined],
  ['0 9-17/2 * * 1-5', 7200],
  ['30 2 * jan,JUL ?', undefined],
  ['0 0 * * SUN', 7 * 86_400],
  ['0 0 * * 0-6', 86_400],
  ['0 0 * * */7', 7 * 86_400],
  ['  0   6  * * *  ', 86_400],
  ['@daily', 86_400],
  ['@Weekly', 7 * 86_400],
  ['@midnight', 86_400],
  ['@hourly', 3600],
  ['@every 90m', 5400],
  ['@every 1h30m', 5400],
  ['@every 500ms', 1],
  // Go's time.ParseDuration takes the micro sign (U+00B5) and the Greek mu (U+03BC) alike.
  ['@every 3600000000\u00b5s', 3600],
  ['@every 1h1800000000\u03bcs', 5400],
  ['CRON_TZ=Europe/Berlin 0 18 * * *', 86_400],
  ['TZ=UTC @daily', 86_400],
];

const REFUSED: readonly string[] = [
  '',
  '0 18 * *',
  '0 0 18 * * *',
  '0 0 * * 7',
  '0 0 * * 1-7',
  '0 0 L * *',
  '0 0 1W * *',
  '0 0 * * 1#2',
  '60 * * * *',
  '0 24 * * *',
  '0 0 0 * *',
  '0 0 32 * *',
  '0 0 * 13 *',
  '*/0 * * * *',
  '10-5 * * * *',
  '0 0 * mon *',
  'jan 0 * * *',
  '@reboot',
  '@every',
  '@every 1d',
  '@every 10',
  'CRON_TZ=Nowhere/City 0 0 * * *',
  '0 0 * * * extra',
];

describe('checkCronSchedule', () => {
  it.each(ACCEPTED)('accepts %j', (expression, interval) => {
    const result = checkCronSchedule(expression);
    expect(result.ok).toBe(true);
    if (result.ok && interval !== undefined) expect(result.intervalSeconds).toBe(interval);
  });

  it.each(REFUSED)('refuses %j', (expression) => {
    expect(checkCronSchedule(expression).ok).toBe(false);
  });

  it.each(['MARKER * * * *', '0 MARKER * * *', '@MARKER', '@every MARKER', 'CRON_TZ=MARKER 0 0 * * *', '0 0 * * * MARKER'])(
    'says why %j is refused without quoting it',
    (expression) => {
      const result = checkCronSchedule(expression);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(`${result.message} ${result.hint}`).not.toContain('MARKER');
    },
  );
});
