import type { FeedbackKind } from '@shared/feedback/feedback';

export const KIND_LABELS: Record<FeedbackKind, string> = {
  complaint: '投诉',
  suggestion: '建议',
};

/** Page routes people may name in plain words (others are shown as 小程序页面). */
const PAGE_NAMES: Record<string, string> = {
  'pages/index/index': '首页',
  'pages/me/index': '我的',
  'packages/enterprise/pages/index/index': '企业服务',
  'packages/helper/pages/index/index': '帮办工作台',
  'packages/staff/pages/index/index': '工作台',
};

export function pageName(route: string | null | undefined): string {
  if (!route) return '未注明';
  return PAGE_NAMES[route.replace(/^\//, '')] ?? '小程序页面';
}
