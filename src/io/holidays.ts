import { loadBuiltin } from './builtin.js';

/**
 * Japanese public holidays from @holiday-jp/holiday_jp (substitute holidays and one-off holidays
 * such as 2019's included), one year's file at a time, on first use: only a business calendar asks,
 * and the whole table costs ≈ 16 ms to load where one year costs well under 1 ms (SPEC §13). The
 * package covers 1970–2050; outside it no day is a holiday.
 */
const years = new Map<number, Record<string, { name: string }>>();

export function japaneseHoliday(date: string): string | null {
  const year = Number(date.slice(0, 4));
  let table = years.get(year);
  if (!table) {
    try {
      table = loadBuiltin<Record<string, { name: string }>>(`@holiday-jp/holiday_jp/lib/holidays_every_year/${year}.js`);
    } catch {
      table = {};
    }
    years.set(year, table);
  }
  return table[date]?.name ?? null;
}
