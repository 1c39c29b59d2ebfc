/**
 * What the applicant is told after each step of their case: one notice per step (a step may carry several
 * events, e.g. an approval that also completes the case), as a WeChat subscribe message when they granted one,
 * else in the in-app inbox.
 */
import { CASE_EVENT_LABELS, TASK_STATE_LABELS, type CaseEvent } from './states';
import type { CaseEventRecord, TaskRecord } from './machine';

/**
 * The subscribe-message template for case progress (办件进度提醒). A deployment registers its own template in
 * the WeChat console and puts its id here; keywords: 办件编号, 事项名称, 办理状态, 办理说明, 更新时间.
 */
export const CASE_PROGRESS_TEMPLATE = 'YJS_CASE_PROGRESS';

/** The page a tap on the subscribe message opens (the case detail of 我的办件), with `?id=<case id>`. */
export const CASE_PAGE = 'pages/onething/case/index';

/** ≤ 5 characters (the `phrase` keyword limit). */
const PHRASES: Record<CaseEvent, string> = {
  submit: '已提交',
  activate: '办理中',
  accept: '已受理',
  approve: '已通过',
  reject: '不予办理',
  correct: '待补正',
  supplement: '已补正',
  cancel: '已取消',
  withdraw: '已撤回',
  complete: '已办结',
  issue: '已出件',
};

/** The events of a step worth telling; the applicant's own 补正 and withdrawal need no message back. */
export function eventsToTell(events: readonly CaseEventRecord[]): CaseEventRecord[] {
  return events.filter((e) => e.actor.kind !== 'applicant' || e.event === 'submit');
}

function line(event: CaseEventRecord, tasks: readonly TaskRecord[]): string {
  const task = event.taskId ? tasks.find((t) => t.id === event.taskId) : undefined;
  const what = task ? `「${task.name}」${CASE_EVENT_LABELS[event.event]}` : CASE_EVENT_LABELS[event.event];
  const state = task && event.event !== 'activate' ? `，现在${TASK_STATE_LABELS[task.state]}` : '';
  const note = event.note && event.event !== 'approve' ? `：${event.note}` : '';
  return `${what}${state}${note}`;
}

/** The step's most telling event: completion over the rest, else the first. */
export function headlineEvent(events: readonly CaseEventRecord[]): CaseEventRecord {
  return events.find((e) => e.event === 'complete') ?? events[0]!;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export interface Notice {
  title: string;
  body: string;
  /** Subscribe-message keywords within WeChat's length limits. */
  subscribeData: Record<string, { value: string }>;
}

export function noticeFor(c: { number: string; themeName: string; tasks: readonly TaskRecord[] }, events: readonly CaseEventRecord[], beijingTime: string): Notice {
  const headline = headlineEvent(events);
  const body = events.map((e) => line(e, c.tasks)).join('；');
  return {
    title: `${c.themeName} ${c.number}`,
    body,
    subscribeData: {
      character_string1: { value: c.number },
      thing2: { value: clip(c.themeName, 20) },
      phrase3: { value: PHRASES[headline.event] },
      thing4: { value: clip(line(headline, c.tasks), 20) },
      time5: { value: beijingTime },
    },
  };
}
