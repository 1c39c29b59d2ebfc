/** The number a person quotes on the phone: BB + Beijing date + 5 unambiguous characters, e.g. BB20260105-7K2QD. */
export function helpRequestNumber(beijingDay: string, random: () => number = Math.random): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  let suffix = '';
  for (let i = 0; i < 5; i += 1) suffix += alphabet[Math.floor(random() * alphabet.length)];
  return `BB${beijingDay.replace(/-/g, '')}-${suffix}`;
}
