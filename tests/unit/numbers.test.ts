import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseViNumber, scaleDecimal, NumberFormatError } from '../../src/lib/numbers.ts';

describe('parseViNumber', () => {
  it.each([
    ['1.737,73', 1737.73],
    ['113.370', 113370],
    ['6.450.958.643', 6450958643],
    ['982,011', 982.011],
    ['151,6', 151.6],
    ['03', 3],
    ['0', 0],
    ['1.000', 1000],
  ])('reads %s as %d', (input, expected) => {
    expect(parseViNumber(input).value).toBe(expected);
  });

  it('reads the OCR forms and records each reading', () => {
    expect(parseViNumber('5. 500')).toMatchObject({ value: 5500, readings: ['space-after-group-dot'] });
    expect(parseViNumber('52,')).toMatchObject({ value: 52, readings: ['trailing-decimal-comma'] });
    expect(parseViNumber('88.38')).toMatchObject({ value: 88.38, readings: ['dot-as-decimal'] });
    expect(parseViNumber('14.2')).toMatchObject({ value: 14.2, readings: ['dot-as-decimal'] });
    expect(parseViNumber('1.156').readings).toEqual([]);
  });

  it.each(['', 'abc', '2}', '§', '1,2,3', '1.2345', '12.34.567', ',5', '1 000', '1.0000', '5%x'])(
    'rejects %j',
    (input) => {
      expect(() => parseViNumber(input)).toThrow(NumberFormatError);
    },
  );

  it('round-trips any integer written with Vietnamese grouping', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const written = new Intl.NumberFormat('vi-VN', { useGrouping: true }).format(n);
        expect(parseViNumber(written).value).toBe(n);
      }),
    );
  });

  it('round-trips decimals written the vi-VN way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 99 }), (i, f) => {
        const x = Number(`${i}.${String(f).padStart(2, '0')}`);
        const written = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
          x,
        );
        expect(parseViNumber(written).value).toBeCloseTo(x, 6);
      }),
    );
  });

  it('never accepts a string with a letter in it', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => /[a-zA-Z]/.test(s)),
        (s) => {
          expect(() => parseViNumber(s)).toThrow(NumberFormatError);
        },
      ),
    );
  });
});

describe('scaleDecimal', () => {
  it('scales billions exactly, without floating-point residue', () => {
    expect(scaleDecimal('1737.73', 9)).toBe(1737730000000);
    expect(scaleDecimal('982.011', 9)).toBe(982011000000);
    expect(scaleDecimal('0.5', 6)).toBe(500000);
    expect(scaleDecimal('3.8', 9)).toBe(3800000000);
  });
  it('is exact for any two-decimal figure in billions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }), (i, f) => {
        const dec = `${i}.${String(f).padStart(2, '0')}`;
        expect(scaleDecimal(dec, 9)).toBe(i * 1e9 + f * 1e7);
      }),
    );
  });
});
