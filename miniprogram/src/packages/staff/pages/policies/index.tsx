import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contract';
import { POLICY_CATEGORIES, POLICY_CATEGORY_LABEL, POLICY_MODE_LABEL, POLICY_MODES, type PolicyCategory, type PolicyMode } from '@shared/policy/policy';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { EntryList } from '@/components/EntryList';
import { ErrorSummary, type FieldError } from '@/components/ErrorSummary';
import { Field } from '@/components/Field';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { messageOf } from '@/help/errors';
import type { Whoami } from '@/hooks/useWhoami';
import { roleProps } from '@/platform/a11y';
import { newRow, toEligibility, type Joiner, type Row } from '@/policy/eligibilityRows';
import { summaryErrors } from '@/policy/forms';
import { isStaff, STAFF_ONLY_MESSAGE, todayInBeijing } from '@/policy/staff';
import { windowWords } from '@/policy/summary';
import { useRemote } from '@/hooks/useRemote';
import { openPage, ROUTES } from '@/routes';
import { EligibilityBuilder } from './EligibilityBuilder';
import './policies.scss';

type Preview = OutputOf<(typeof api.policy)['policies.preview']>;
type Published = OutputOf<(typeof api.policy)['policies.publish']>;

/** Element ids of the form's blocks, by the contract's field path. */
const IDS: Record<string, string> = {
  id: 'pol-id',
  title: 'pol-title',
  issuingDepartment: 'pol-department',
  summary: 'pol-summary',
  fullTextUrl: 'pol-url',
  benefit: 'pol-benefit',
  'window.opensOn': 'pol-opens',
  'window.closesOn': 'pol-closes',
  window: 'pol-opens',
  mode: 'pol-mode',
  payoutBy: 'pol-payout',
  category: 'pol-category',
  eligibility: 'pol-eligibility',
};

const openReport = (id: string) => openPage(ROUTES.staffPolicyReport, { id });

function OpenPolicies() {
  const list = useRemote('open', () => call(api.policy['policies.list'], {}), { reloadOnShow: true });
  if (!list.data) {
    return list.error ? <Text className="pol-staff__error">{list.error.message}</Text> : <Text className="pol-staff__note">正在加载政策…</Text>;
  }
  return (
    <EntryList
      label="在实施的政策"
      entries={list.data.items.map((policy) => ({
        key: policy.id,
        title: policy.title,
        description: `${policy.issuingDepartment} · ${policy.mode.label} · ${windowWords(policy.window)}`,
        onPress: () => openReport(policy.id),
      }))}
    />
  );
}

function PublishForm({ me }: { me: Whoami }) {
  const today = todayInBeijing();
  const [text, setText] = useState({
    id: '',
    title: '',
    issuingDepartment: me.department?.name ?? '',
    summary: '',
    fullTextUrl: 'https://',
    benefit: '',
    opensOn: today,
    closesOn: '',
    payoutBy: '',
  });
  const [mode, setMode] = useState<PolicyMode | null>(null);
  const [category, setCategory] = useState<PolicyCategory | null>(null);
  const [rows, setRows] = useState<Row[]>([newRow(1, 'region')]);
  const [joiner, setJoiner] = useState<Joiner>('all');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [published, setPublished] = useState<Published | null>(null);
  const [busy, setBusy] = useState(false);
  const errorOf = (id: string) => errors.find((error) => error.field === id)?.message;
  const edit = (key: keyof typeof text) => (value: string) => setText((current) => ({ ...current, [key]: value }));

  const eligibility = () => toEligibility(rows, joiner);
  const fail = (cause: unknown) => {
    setBusy(false);
    const problems = summaryErrors(cause, IDS, 'pol-eligibility');
    setErrors(problems);
    if (!problems.length) setNote(messageOf(cause));
  };

  const runPreview = () => {
    setNote(null);
    setBusy(true);
    call(api.policy['policies.preview'], { eligibility: eligibility() }).then((answer) => {
      setBusy(false);
      setErrors([]);
      setPreview(answer);
    }, fail);
  };

  const publish = () => {
    if (busy) return;
    setNote(null);
    setBusy(true);
    const draft = {
      id: text.id.trim(),
      title: text.title,
      issuingDepartment: text.issuingDepartment,
      summary: text.summary,
      fullTextUrl: text.fullTextUrl.trim(),
      benefit: { text: text.benefit },
      window: { opensOn: text.opensOn.trim(), ...(text.closesOn.trim() ? { closesOn: text.closesOn.trim() } : {}) },
      mode: mode as PolicyMode,
      ...(mode === 'no_application' && text.payoutBy.trim() ? { payoutBy: text.payoutBy.trim() } : {}),
      category: category as PolicyCategory,
      eligibility: eligibility(),
    };
    // Missing choices are caught by the contract's own check (with its messages) before any round trip.
    call(api.policy['policies.publish'], draft as never).then((answer) => {
      setBusy(false);
      setErrors([]);
      setPublished(answer);
    }, fail);
  };

  if (published) {
    return (
      <View className="pol-staff__card" {...roleProps('status')}>
        <Text className="pol-staff__big">
          已发布：{published.policy.title}
          {published.created ? '' : `（第 ${published.policy.version} 版）`}
        </Text>
        <Text className="pol-staff__line">
          已推送给 {published.push.created} 家符合条件的企业
          {published.push.muted ? `，${published.push.muted} 家已屏蔽此类政策` : ''}。
          {published.push.done ? '' : '企业较多，定时任务会从断点继续推送，'}每家企业只会收到一次。
        </Text>
        <ActionButton label="查看送达报告" onPress={() => openReport(published.policy.id)} />
      </View>
    );
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <Field id="pol-id" label="政策编号" hint="小写字母、数字和连字符，如 canyin-wengang-2026；同一编号再次发布为新版本" value={text.id} onChange={edit('id')} error={errorOf('pol-id')} />
      <Field id="pol-title" label="政策名称" value={text.title} maxlength={60} onChange={edit('title')} error={errorOf('pol-title')} />
      <Field id="pol-department" label="发布部门" value={text.issuingDepartment} onChange={edit('issuingDepartment')} error={errorOf('pol-department')} />
      <Field id="pol-summary" label="政策摘要" hint="10 到 500 字：给谁、给什么、怎么给" value={text.summary} maxlength={500} onChange={edit('summary')} error={errorOf('pol-summary')} />
      <Field id="pol-url" label="政策原文链接" value={text.fullTextUrl} onChange={edit('fullTextUrl')} error={errorOf('pol-url')} />
      <Field id="pol-benefit" label="扶持内容" hint="如：一次性奖励 10 万元" value={text.benefit} onChange={edit('benefit')} error={errorOf('pol-benefit')} />
      <Field id="pol-opens" label="开始日期" hint="格式：2026-01-01" value={text.opensOn} maxlength={10} onChange={edit('opensOn')} error={errorOf('pol-opens')} />
      <Field id="pol-closes" label="截止日期（长期有效可不填）" value={text.closesOn} maxlength={10} onChange={edit('closesOn')} error={errorOf('pol-closes')} />
      <Section title="兑现方式" id="pol-mode">
        {errorOf('pol-mode') ? <Text className="pol-staff__error">! {errorOf('pol-mode')}</Text> : null}
        <ChoiceGroup label="兑现方式" value={mode} onChange={setMode} choices={POLICY_MODES.map((value) => ({ value, label: POLICY_MODE_LABEL[value] }))} />
        {mode === 'no_application' ? (
          <Field id="pol-payout" label="预计发放日期（推送会告诉企业）" value={text.payoutBy} maxlength={10} onChange={edit('payoutBy')} error={errorOf('pol-payout')} />
        ) : null}
      </Section>
      <Section title="政策类别" hint="企业可以按类别选择不再提醒" id="pol-category">
        {errorOf('pol-category') ? <Text className="pol-staff__error">! {errorOf('pol-category')}</Text> : null}
        <ChoiceGroup label="政策类别" value={category} onChange={setCategory} choices={POLICY_CATEGORIES.map((value) => ({ value, label: POLICY_CATEGORY_LABEL[value] }))} />
      </Section>
      <Section title="适用条件" hint="每条条件由下拉选择和填写组成，系统按企业档案逐条判断">
        {errorOf('pol-eligibility') ? <Text className="pol-staff__error">! {errorOf('pol-eligibility')}</Text> : null}
        <EligibilityBuilder
          rows={rows}
          joiner={joiner}
          today={today}
          onChange={(nextRows, nextJoiner) => {
            setRows(nextRows);
            setJoiner(nextJoiner);
            setPreview(null);
          }}
        />
      </Section>
      <Section title="发布前预览">
        <ActionButton label="预览送达范围" variant="secondary" onPress={runPreview} />
        {preview ? (
          <View className="pol-staff__card" {...roleProps('status')}>
            <Text className="pol-staff__big">将送达 {preview.wouldReach} 家企业</Text>
            <Text className="pol-staff__line">另有 {preview.nearly} 家只差一项条件。</Text>
            {preview.examples.map((row) => (
              <Text key={row.creditCode} className="pol-staff__note">
                {row.name}：{row.outcome.label}（{row.summary}）
              </Text>
            ))}
          </View>
        ) : null}
      </Section>
      {note ? (
        <Text className="pol-staff__error" {...roleProps('alert')}>
          {note}
        </Text>
      ) : null}
      <ActionButton label={busy ? '请稍候…' : '发布政策'} onPress={publish} />
    </>
  );
}

/** Staff: the open policies (each to its delivery report) and the publish form with its reach preview. */
export default function StaffPoliciesPage() {
  return (
    <RoleGate title="惠企政策" allows={isStaff} deniedMessage={STAFF_ONLY_MESSAGE} subtitle={(me) => me.department?.name}>
      {(me) => (
        <>
          <Section title="在实施的政策" hint="点开看送达报告">
            <OpenPolicies />
          </Section>
          <Section title="发布新政策">
            <PublishForm me={me} />
          </Section>
        </>
      )}
    </RoleGate>
  );
}
