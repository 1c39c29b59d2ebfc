/** The case number a person quotes at the window: YJS + Beijing date + the day's 5-digit sequence, e.g. YJS2026112300012. */
export function caseNumber(beijingDay: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99_999) throw new RangeError(`case sequence out of range: ${sequence}`);
  return `YJS${beijingDay.replace(/-/g, '')}${String(sequence).padStart(5, '0')}`;
}
