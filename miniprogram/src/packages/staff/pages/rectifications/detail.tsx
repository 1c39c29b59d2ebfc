import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { InputOf } from '@shared/contract';
import type { RectificationView } from '@shared/contracts/review';
import { APPEAL_REASON_LABELS, APPEAL_REASONS, type AppealReason } from '@shared/review/appeals';
import { api, ApiError, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { Choice, ChoiceGroup } from '@/components/Choice';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { Tag } from '@/components/Tag';
import { formatDateTime } from '@/help/format';
import { inputLabelProps, roleProps } from '@/platform/a11y';
import { choosePhotosAndUpload } from '@/platform/upload';
import { eventLabel } from '@/packages/review/ui/events';
import { RectificationProgress } from '@/packages/review/ui/RectificationProgress';
import { useRemote } from '@/hooks/useRemote';
import '@/packages/review/ui/review.scss';

/** One call at a time, its error in words, and what it did said aloud once it worked. */
function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = <T,>(promise: () => Promise<T>, onDone: (value: T) => void, doneText: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    promise().then(
      (value) => {
        setBusy(false);
        setDone(doneText);
        onDone(value);
      },
      (cause: unknown) => {
        setBusy(false);
        setError(ApiError.of(cause).message);
      },
    );
  };
  return { busy, error, done, setError, run };
}

function Messages({ error, done }: { error: string | null; done: string | null }) {
  return (
    <>
      {error ? (
        <Text className="review-error" {...roleProps('alert')}>
          {error}
        </Text>
      ) : null}
      {done ? (
        <Text className="review-card__text" {...roleProps('status')}>
          {done}
        </Text>
      ) : null}
    </>
  );
}

function TextBox({ label, value, onChange, placeholder }: { label: string; value: string; onChange: (v: string) => void; placeholder?: string }) {
  return (
    <>
      <Text className="review-form__label" aria-hidden="true">
        {label}
      </Text>
      <Textarea className="review-textarea" value={value} maxlength={1000} placeholder={placeholder} onInput={(event) => onChange(event.detail.value)} {...inputLabelProps(label)} />
    </>
  );
}

/** The next step the department owes: verify → rectify or explain → callback → close. */
function NextStep({ fix, onChanged }: { fix: RectificationView; onChanged: (next: RectificationView) => void }) {
  const action = useAction();
  const [note, setNote] = useState('');
  const [kind, setKind] = useState<'rectify' | 'explain'>('rectify');
  const [reached, setReached] = useState(true);
  const changed = (next: RectificationView) => {
    setNote('');
    onChanged(next);
  };
  const respond = (input: InputOf<(typeof api.review)['rectifications.respond']>, doneText: string) =>
    action.run(() => call(api.review['rectifications.respond'], input), changed, doneText);
  const can = (name: RectificationView['actions'][number]) => fix.actions.includes(name);

  return (
    <Section title="下一步">
      <View className="review-form">
        <Messages error={action.error} done={action.done} />
        {can('verify') ? (
          <>
            <TextBox label="核实情况（可不填）" value={note} onChange={setNote} placeholder="向经办人了解的情况" />
            <ActionButton label={action.busy ? '正在保存…' : '确认已核实'} onPress={() => respond({ id: fix.id, action: 'verify', ...(note.trim() ? { note: note.trim() } : {}) }, '已核实，请填写整改结果或解释说明。')} />
          </>
        ) : null}
        {can('rectify') || can('explain') ? (
          <>
            <View className="review-inline">
              <ChoiceGroup label="处理方式" inline>
                <Choice label="整改" description="确实有问题，已改正" selected={kind === 'rectify'} onPress={() => setKind('rectify')} />
                <Choice label="解释说明" description="无法律依据或属误解" selected={kind === 'explain'} onPress={() => setKind('explain')} />
              </ChoiceGroup>
            </View>
            <TextBox label={kind === 'rectify' ? '整改措施' : '解释说明'} value={note} onChange={setNote} placeholder={kind === 'rectify' ? '写清楚做了哪些整改' : '写清楚理由和依据'} />
            <ActionButton
              label={action.busy ? '正在保存…' : kind === 'rectify' ? '提交整改结果' : '提交解释说明'}
              onPress={() => respond({ id: fix.id, action: kind, text: note.trim() }, '已保存，请回访评价人后办结。')}
            />
          </>
        ) : null}
        {can('callback') ? (
          <>
            <View className="review-inline">
              <ChoiceGroup label="回访结果" inline>
                <Choice label="联系上了" selected={reached} onPress={() => setReached(true)} />
                <Choice label="没联系上" selected={!reached} onPress={() => setReached(false)} />
              </ChoiceGroup>
            </View>
            <TextBox label="回访情况" value={note} onChange={setNote} placeholder="评价人怎么说" />
            <ActionButton
              label={action.busy ? '正在保存…' : '保存回访'}
              variant={can('close') && fix.callbacks.length ? 'secondary' : 'primary'}
              onPress={() =>
                action.run(() => call(api.review['rectifications.recordCallback'], { id: fix.id, reached, note: note.trim() }), changed, '回访已记录，可以办结。')
              }
            />
          </>
        ) : null}
        {can('close') ? (
          <ActionButton label="办结" variant={fix.callbacks.length || !fix.realName ? 'primary' : 'secondary'} onPress={() => respond({ id: fix.id, action: 'close' }, '已办结，等评价人评价整改结果。')} />
        ) : null}
        {fix.actions.length === 0 ? <Text className="review-card__line">这条差评现在不需要部门处理。</Text> : null}
      </View>
    </Section>
  );
}

/** 申诉复核: a mistaken or malicious rating, with the reason and evidence; an administrator decides. */
function AppealForm({ fix }: { fix: RectificationView }) {
  const action = useAction();
  const [reason, setReason] = useState<AppealReason>('mistaken');
  const [explanation, setExplanation] = useState('');
  const [evidence, setEvidence] = useState<string[]>([]);
  const addEvidence = () => {
    action.setError(null);
    choosePhotosAndUpload('appeals', 9 - evidence.length).then(
      (ids) => setEvidence([...evidence, ...ids].slice(0, 9)),
      () => action.setError('证据材料没有上传成功，请重试。'),
    );
  };
  return (
    <Section title="申诉复核" hint="误评或恶意差评可以申诉，需附证据；管理员复核成立后，这条评价不计入统计（记录保留）。">
      <View className="review-form">
        <Messages error={action.error} done={action.done} />
        <ChoiceGroup label="申诉理由">
          {APPEAL_REASONS.map((value) => (
            <Choice key={value} label={APPEAL_REASON_LABELS[value]} selected={reason === value} onPress={() => setReason(value)} />
          ))}
        </ChoiceGroup>
        <TextBox label="申诉说明" value={explanation} onChange={setExplanation} placeholder="为什么认为这条评价有误，至少10个字" />
        <Text className="review-form__hint">已上传证据 {evidence.length} 份</Text>
        <ActionButton label="上传证据材料" variant="secondary" onPress={addEvidence} />
        <ActionButton
          label={action.busy ? '正在提交…' : '提交申诉'}
          variant="secondary"
          onPress={() =>
            action.run(
              () => call(api.review['appeals.create'], { ratingId: fix.ratingId, reason, explanation: explanation.trim(), evidence }),
              () => setExplanation(''),
              '申诉已提交，等待管理员复核。',
            )
          }
        />
      </View>
    </Section>
  );
}

function Detail({ id, staff }: { id: string; staff: boolean }) {
  const loaded = useRemote(id ? `rectification:${id}` : null, () => call(api.review['rectifications.get'], { id }), { reloadOnShow: true });
  const fix = loaded.data;
  if (!id || (loaded.error?.code === 'NOT_FOUND' && !fix)) return <Text className="review-empty">没有找到这条差评整改，请从整改工作台重新进入。</Text>;
  if (loaded.error && !fix) {
    return (
      <Text className="review-error" {...roleProps('alert')}>
        {loaded.error.message}
      </Text>
    );
  }
  if (!fix) {
    return (
      <Text className="review-card__line" {...roleProps('status')}>
        正在加载…
      </Text>
    );
  }
  const replace = (next: RectificationView) => loaded.replace(next);
  return (
    <>
      <View className="review-card">
        <View className="review-card__head">
          <Text className="review-card__title">办件 {fix.caseNumber}</Text>
          <Tag text={fix.level.label} tone="notice" />
        </View>
        <Text className="review-card__line">
          评价人 {fix.rater ?? '匿名'}
          {fix.realName ? '（实名，须回访）' : ''}
        </Text>
        {fix.comment ? <Text className="review-card__text">“{fix.comment}”</Text> : null}
        <RectificationProgress fix={fix} />
      </View>
      {staff ? <NextStep fix={fix} onChanged={replace} /> : null}
      <Section title="处理记录">
        <View className="review-list" {...roleProps('list')} aria-label="处理记录">
          {fix.history.map((entry, index) => (
            <View key={`${entry.at}-${index}`} className="review-card__line" {...roleProps('listitem')}>
              <Text>
                {formatDateTime(entry.at)} {eventLabel(entry.event)}
                {entry.note ? `：${entry.note}` : ''}
              </Text>
            </View>
          ))}
        </View>
      </Section>
      {staff ? <AppealForm fix={fix} /> : null}
    </>
  );
}

/** One bad review's rectification: the department works it through; an administrator reads along. */
export default function RectificationDetailPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : '';
  return (
    <RoleGate
      title="差评整改"
      allows={(me) => me.roles.includes('staff') || me.roles.includes('admin')}
      deniedMessage="这里只给部门工作人员和管理员处理差评整改。如需开通，请联系本单位管理员。"
      subtitle={(me) => me.department?.name}
    >
      {(me) => <Detail id={id} staff={me.roles.includes('staff')} />}
    </RoleGate>
  );
}
