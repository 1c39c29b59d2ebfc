/** When a case stage can be rated (一事一评: one rating per case and stage, only by its applicant, within the window). */
export const STAGES = ['accepted', 'processing', 'completed'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = { accepted: '受理', processing: '办理中', completed: '办结' };

export interface StageReached {
  stage: Stage;
  at: Date;
}

export type WindowCheck = { ok: true; closesAt: Date } | { ok: false; reason: 'not_reached' | 'closed'; message: string };

export function ratingWindow(reached: readonly StageReached[], stage: Stage, now: Date, windowDays: number): WindowCheck {
  const hit = reached.find((r) => r.stage === stage);
  if (!hit) return { ok: false, reason: 'not_reached', message: `该事项还没有到${STAGE_LABELS[stage]}环节，到了之后再来评价。` };
  const closesAt = new Date(hit.at.getTime() + windowDays * 86_400_000);
  if (now > closesAt) return { ok: false, reason: 'closed', message: `评价期限已过（${STAGE_LABELS[stage]}后${windowDays}天内可评价）。如有意见，请通过“投诉建议”反映。` };
  return { ok: true, closesAt };
}

/** The stable key of one rateable (case, stage): at most one rating per key. */
export function ratingKey(source: string, caseId: string, stage: Stage): string {
  return `${source}_${caseId}_${stage}`;
}

/** True when a completed, unrated case should get its one reminder now. */
export function reminderDue(completedAt: Date, now: Date, afterDays: number, windowDays: number): boolean {
  const age = now.getTime() - completedAt.getTime();
  return age >= afterDays * 86_400_000 && age <= windowDays * 86_400_000;
}
