/** Keyword search over themes, as a person types it: "生孩子", "我要上户口", "开奶茶店". */
import { LIFE_EVENTS } from './life-events';
import type { Theme } from './schema';

export interface SearchHit {
  theme: Theme;
  score: number;
  /** What matched, for highlighting ("关键词：上户口"). */
  matched: string[];
}

const normalize = (s: string) => s.toLowerCase().replace(/[\s，,。.、！!？?]+/g, '');

/** Words of at least two characters match inside a longer query ("我要上户口" contains "上户口"). */
function matches(term: string, text: string): boolean {
  const t = normalize(text);
  return t.includes(term) || (t.length >= 2 && term.includes(t));
}

function scoreTerm(theme: Theme, term: string): { score: number; matched: string[] } {
  const matched: string[] = [];
  let score = 0;
  const hit = (points: number, label: string) => {
    score += points;
    matched.push(label);
  };
  if (normalize(theme.title) === term) hit(150, `名称：${theme.title}`);
  else if (matches(term, theme.title)) hit(100, `名称：${theme.title}`);
  const keyword = theme.keywords.find((k) => normalize(k) === term) ?? theme.keywords.find((k) => matches(term, k));
  if (keyword) hit(normalize(keyword) === term ? 90 : 70, `关键词：${keyword}`);
  const subItem = theme.subItems.find((s) => matches(term, s.name));
  if (subItem) hit(50, `包含：${subItem.name}`);
  if (matches(term, LIFE_EVENTS[theme.lifeEvent].label)) hit(30, `分类：${LIFE_EVENTS[theme.lifeEvent].label}`);
  if (normalize(theme.summary).includes(term)) hit(20, '介绍');
  return { score, matched };
}

/** Themes matching every space-separated term, best first. An empty query matches nothing. */
export function searchIn(themes: readonly Theme[], query: string): SearchHit[] {
  const terms = query.split(/\s+/).map(normalize).filter(Boolean);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const theme of themes) {
    const scored = terms.map((t) => scoreTerm(theme, t));
    if (scored.some((s) => s.score === 0)) continue;
    hits.push({ theme, score: scored.reduce((sum, s) => sum + s.score, 0), matched: [...new Set(scored.flatMap((s) => s.matched))] });
  }
  return hits.sort((a, b) => b.score - a.score || a.theme.title.localeCompare(b.theme.title, 'zh'));
}
