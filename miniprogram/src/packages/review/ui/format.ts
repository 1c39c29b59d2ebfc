/** Figures as people read them: 97.5%, 88.2分, or 暂无 when nothing was rated yet. */
export function percent(value: number | null): string {
  return value === null ? '暂无' : `${value}%`;
}

export function score(value: number | null): string {
  return value === null ? '暂无' : `${value}分`;
}

/** part of whole in percent with one decimal (null when whole is 0). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}
