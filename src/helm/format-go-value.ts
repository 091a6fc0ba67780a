/**
 * Go's `%v` formatting of a Helm value, which is what sprig's `toString` gives templates.
 * Helm holds every number read from YAML or --set-json as a float64, so a JS number is
 * formatted like a Go float64. The int64 of a `--set` integer is a JS number too
 * (parse-set-expression.ts converts it), so no value reaching here is a bigint.
 */

export function formatGoValue(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return formatGoFloat(value);
  if (Array.isArray(value)) return `[${value.map(formatGoValue).join(' ')}]`;
  if (typeof value === 'object') {
    const map = value as Record<string, unknown>;
    // fmt prints map keys sorted; Go compares strings byte-wise, which for these keys is code-unit order.
    const keys = Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `map[${keys.map((key) => `${key}:${formatGoValue(map[key])}`).join(' ')}]`;
  }
  return String(value);
}

/**
 * strconv.FormatFloat(f, 'g', -1, 64): the shortest digits that round-trip, in exponent form
 * when the decimal exponent is below -4 or at least 6 (`1e+06`, `1.5e-05`), else plain.
 */
function formatGoFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  // An integer below 1e6 in magnitude has an exponent under 6: Go writes its digits, as String does.
  if (Number.isInteger(value) && value < 1e6 && value > -1e6) return String(value);

  // toExponential() without an argument yields the shortest round-trip digits, like Go.
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(value.toExponential());
  if (!match) return String(value);
  const [, sign = '', lead = '', rest = '', exponentText = '0'] = match;
  const digits = lead + rest;
  const exponent = Number(exponentText);

  if (exponent < -4 || exponent >= 6) {
    const mantissa = rest === '' ? lead : `${lead}.${rest}`;
    const magnitude = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${magnitude}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const integerPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return fraction === '' ? `${sign}${integerPart}` : `${sign}${integerPart}.${fraction}`;
}
