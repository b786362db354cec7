import { describe, expect, it } from 'vitest';
import { formatFigure, formatMoney, formatPeriod, collator, tickFormat } from '../../src/lib/format.ts';

describe('locale formatting', () => {
  it('writes money the way each language reads it', () => {
    expect(formatMoney(1737730000000, 'vi')).toBe('1.737,73 tỷ đồng');
    expect(formatMoney(1737730000000, 'en')).toBe('VND 1,737.73 billion');
    expect(formatMoney(6450958643, 'vi')).toBe('6.450.958.643 đồng');
    expect(formatMoney(6450958643, 'en')).toBe('VND 6,450,958,643');
    expect(formatMoney(3000000, 'vi')).toBe('3 triệu đồng');
  });
  it('writes qualifiers and percentages', () => {
    expect(formatFigure({ value: 1493e9, unit: 'vnd', qualifier: 'about' }, 'vi')).toBe('khoảng 1.493 tỷ đồng');
    expect(formatFigure({ value: 90, unit: 'percent', qualifier: 'over' }, 'en')).toBe('over 90%');
    expect(formatFigure({ value: 56.51, unit: 'percent', qualifier: '' }, 'vi')).toBe('56,51%');
    expect(formatFigure({ value: 113370, unit: 'persons', qualifier: '' }, 'vi')).toBe('113.370');
  });
  it('formats axis ticks in each locale', () => {
    expect(tickFormat('vi', 'billions')(1737730000000)).toBe('1.737,7');
    expect(tickFormat('en', 'percent')(56.51)).toBe('56.5%');
  });
  it('names half-years', () => {
    expect(formatPeriod({ period_start: 2023, period_end: 2023, period_label: '2023-H1' }, 'vi')).toBe(
      '6 tháng đầu năm 2023',
    );
    expect(formatPeriod({ period_start: 2013, period_end: 2022, period_label: '' }, 'en')).toBe('2013–2022');
    // Separate years between the first and the last: never written as the whole span.
    expect(formatPeriod({ period_start: 2013, period_end: 2022, period_label: '2013,2021,2022' }, 'vi')).toBe(
      '2013, 2021, 2022',
    );
    expect(formatPeriod({ period_start: 2013, period_end: 2022, period_label: '2013,2021,2022' }, 'en')).toBe(
      '2013, 2021 and 2022',
    );
  });
  it('sorts provinces in Vietnamese order', () => {
    const names = ['Đồng Nai', 'Điện Biên', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Cà Mau', 'An Giang', 'Yên Bái'];
    expect([...names].sort(collator.vi.compare)).toEqual([
      'An Giang',
      'Bà Rịa - Vũng Tàu',
      'Bắc Giang',
      'Cà Mau',
      'Điện Biên',
      'Đồng Nai',
      'Yên Bái',
    ]);
  });
});
