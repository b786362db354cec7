/**
 * Vietnamese number notation, as the reports write it, to exact numbers.
 *
 * The reports group thousands with `.` and mark decimals with `,` (`1.737,73`, `113.370`,
 * `6.450.958.643`). The OCR'd report adds noise that we read deterministically and record:
 * - a space after a group dot (`5. 500` → 5500);
 * - a trailing decimal comma with no digits (`52,` as in `52,%` → 52);
 * - a dot followed by one or two digits (`88.38`, `14.2`): a thousands group always has three
 *   digits, so such a dot can only be an OCR'd decimal comma.
 * Anything else (letters, two decimal marks, a group of the wrong size) is rejected.
 */

export interface ParsedNumber {
  /** The exact decimal digits, e.g. "1737.73" (no exponent, no grouping). */
  decimal: string;
  value: number;
  /** OCR readings applied, for the data notes. Empty when the text was already canonical. */
  readings: Array<'space-after-group-dot' | 'trailing-decimal-comma' | 'dot-as-decimal' | 'leading-zero'>;
}

export class NumberFormatError extends Error {
  readonly input: string;
  constructor(input: string, reason: string) {
    super(`malformed number "${input}": ${reason}`);
    this.input = input;
    this.name = 'NumberFormatError';
  }
}

const GROUPED = /^\d{1,3}(\.\d{3})+$/;
const PLAIN = /^\d+$/;

export function parseViNumber(input: string): ParsedNumber {
  const readings: ParsedNumber['readings'] = [];
  let s = input.trim();
  if (s === '') throw new NumberFormatError(input, 'empty');
  let sign = '';
  if (s.startsWith('-') || s.startsWith('−')) {
    sign = '-';
    s = s.slice(1);
  }
  if (/\.\s+\d/.test(s)) {
    readings.push('space-after-group-dot');
    s = s.replace(/\.\s+(?=\d)/g, '.');
  }
  if (/\s/.test(s)) throw new NumberFormatError(input, 'contains a space');
  if (!/^[\d.,]+$/.test(s)) throw new NumberFormatError(input, 'contains characters other than digits, "." and ","');

  let intPart: string;
  let fracPart = '';
  const commas = s.split(',').length - 1;
  if (commas > 1) throw new NumberFormatError(input, 'more than one decimal comma');
  if (commas === 1) {
    const [i, f] = s.split(',') as [string, string];
    if (f === '') readings.push('trailing-decimal-comma');
    else if (!PLAIN.test(f)) throw new NumberFormatError(input, 'digits expected after the decimal comma');
    intPart = i;
    fracPart = f;
  } else {
    const m = /^(\d+)\.(\d{1,2})$/.exec(s);
    if (m) {
      readings.push('dot-as-decimal');
      intPart = m[1]!;
      fracPart = m[2]!;
    } else {
      intPart = s;
    }
  }
  if (intPart === '') throw new NumberFormatError(input, 'no digits before the decimal mark');
  if (intPart.includes('.')) {
    if (!GROUPED.test(intPart)) throw new NumberFormatError(input, 'thousands groups must have three digits');
    intPart = intPart.replaceAll('.', '');
  } else if (!PLAIN.test(intPart)) {
    throw new NumberFormatError(input, 'not a number');
  }
  if (intPart.length > 1 && intPart.startsWith('0')) readings.push('leading-zero');
  const intClean = intPart.replace(/^0+(?=\d)/, '');
  const fracClean = fracPart.replace(/0+$/, '');
  const decimal = sign + intClean + (fracClean ? '.' + fracClean : '');
  return { decimal, value: Number(decimal), readings };
}

/**
 * Multiply an exact decimal string by 10^exp without floating-point error
 * (`1737.73` × 10^9 = 1737730000000, not 1737730000000.0002).
 */
export function scaleDecimal(decimal: string, exp: number): number {
  const neg = decimal.startsWith('-');
  const [i = '0', f = ''] = (neg ? decimal.slice(1) : decimal).split('.');
  let digits = i + f;
  let point = i.length + exp;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point) || '0';
  const frac = digits.slice(point).replace(/0+$/, '');
  return Number((neg ? '-' : '') + whole + (frac ? '.' + frac : ''));
}
