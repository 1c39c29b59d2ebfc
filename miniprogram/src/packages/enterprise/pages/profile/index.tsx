import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { beijingDate } from '@shared/calendar/working-days';
import { dateBounds, PAST_DATE } from '@shared/values/dates';
import type { EnterpriseView } from '@shared/contracts/policy';
import { ENTERPRISE_TAGS, TAG_LABEL, TAX_CREDIT_GRADES } from '@shared/enterprise/fields';
import { SIZE_CLASS_LABEL } from '@shared/enterprise/size';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { Choice } from '@/components/Choice';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { ErrorSummary, type FieldError } from '@/components/ErrorSummary';
import { Field } from '@/components/Field';
import { PickerField } from '@/components/PickerField';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { messageOf } from '@/help/errors';
import type { Whoami } from '@/hooks/useWhoami';
import { roleProps } from '@/platform/a11y';
import { chosenEnterprise, NO_ENTERPRISE_MESSAGE, representsAnEnterprise } from '@/policy/enterprise';
import { summaryErrors } from '@/policy/forms';
import { openCalculator } from '@/policy/navigation';
import { changedValues, formFrom, NUMBER_FIELDS, revenueQuestionFor, sizePreview, type ProfileForm } from '@/policy/profileForm';
import { useRegionName } from '@/policy/useRegionName';
import { useRemote } from '@/hooks/useRemote';
import { IndustryPicker } from '@/packages/enterprise/components/IndustryPicker';
import { LoadState } from '@/packages/enterprise/components/LoadState';
import { RegionChooser } from '@/packages/enterprise/components/RegionChooser';
import '@/packages/enterprise/components/policy.scss';

/** Element ids of the form's blocks, by the contract's field path (for the error summary). */
const IDS: Record<string, string> = {
  'values.industryCode': 'profile-industry',
  'values.region': 'profile-region',
  'values.foundedOn': 'profile-foundedOn',
  'values.taxCreditGrade': 'profile-grade',
  'values.tags': 'profile-tags',
  ...Object.fromEntries(NUMBER_FIELDS.map(({ field }) => [`values.${field}`, `profile-${field}`])),
};

function ProfileEditor({ view, onSaved }: { view: EnterpriseView; onSaved: (view: EnterpriseView) => void }) {
  const [before, setBefore] = useState(() => formFrom(view));
  const [form, setForm] = useState<ProfileForm>(before);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [question, setQuestion] = useState<string | null>(null);
  const size = sizePreview(form, view);
  const foundedBounds = dateBounds(PAST_DATE, beijingDate(new Date()));
  const regionName = useRegionName(form.region?.code ?? null);
  const errorOf = (id: string) => errors.find((error) => error.field === id)?.message;
  const set = (patch: Partial<ProfileForm>) => setForm((current) => ({ ...current, ...patch }));

  const save = (confirmed = false) => {
    if (busy) return;
    setNote(null);
    // A revenue that looks like 元 is asked about here, before anything is sent.
    const asked = confirmed ? null : revenueQuestionFor(before, form, view);
    setQuestion(asked);
    if (asked) return;
    setBusy(true);
    call(api.policy['enterprises.upsertProfile'], { creditCode: view.creditCode, values: changedValues(before, form) as never }).then(
      (saved) => {
        setBusy(false);
        setErrors([]);
        const next = formFrom(saved);
        setBefore(next);
        setForm(next);
        onSaved(saved);
        const waiting = saved.fields.some((field) => field.claim);
        setNote(
          waiting
            ? '已保存。已核验的项目不会被直接改掉：您申报的新值要等原核验部门确认，确认前政策仍按已核验的值判断。'
            : '已保存。所填各项记为“自行填报”，部门核验后会标为“已核验”。',
        );
      },
      (cause: unknown) => {
        setBusy(false);
        const problems = summaryErrors(cause, IDS, 'profile-industry');
        setErrors(problems);
        if (!problems.length) setNote(messageOf(cause));
      },
    );
  };

  const claims = view.fields.filter((field) => field.claim);
  return (
    <>
      <ErrorSummary errors={errors} />
      {claims.length ? (
        <Section title="待核验的申报" hint="已核验的值仍用于政策判断，部门确认后才会改为您申报的值。">
          <View className="pol-card" {...roleProps('list')} aria-label="待核验的申报">
            {claims.map((field) => (
              <Text key={field.field} className="pol-card__line" {...roleProps('listitem')}>
                {field.label}：已核验：{field.display}；您申报的 {field.claim!.display} 待核验
              </Text>
            ))}
          </View>
        </Section>
      ) : null}
      <Section title="行业和地区">
        <IndustryPicker
          chosenLabel={form.industry?.label ?? null}
          onChoose={(node) => set({ industry: { code: node.code, label: node.label } })}
          error={errorOf('profile-industry')}
        />
        <RegionChooser
          chosenLabel={form.region && form.region.label !== form.region.code ? form.region.label : regionName}
          onChoose={(code, label) => set({ region: { code, label } })}
          error={errorOf('profile-region')}
        />
        <PickerField
          id="profile-foundedOn"
          mode="date"
          label="成立日期"
          hint="按营业执照填写"
          start={foundedBounds.min}
          end={foundedBounds.max}
          value={form.foundedOn}
          onChange={(foundedOn) => set({ foundedOn })}
          error={errorOf('profile-foundedOn')}
        />
      </Section>
      <Section title="规模和经营">
        {NUMBER_FIELDS.map(({ field, label, unit, hint }) => (
          <Field
            key={field}
            id={`profile-${field}`}
            label={`${label}（${unit}）`}
            hint={hint}
            type="digit"
            value={form.numbers[field] ?? ''}
            onChange={(text) => set({ numbers: { ...form.numbers, [field]: text } })}
            error={errorOf(`profile-${field}`)}
          />
        ))}
        <View className="pol-card" {...roleProps('status')} aria-label="企业规模（自动计算）">
          <Text className="pol-card__title">企业规模（自动计算）：{size.sizeClass ? SIZE_CLASS_LABEL[size.sizeClass] : '暂不能确定'}</Text>
          <Text className="pol-card__note">{size.summary}</Text>
          <Text className="pol-card__note">不用填写：按工信部联企业〔2011〕300号，由行业、从业人数、营业收入、资产总额计算。</Text>
        </View>
      </Section>
      <Section title="纳税信用等级" id="profile-grade">
        <ChoiceGroup
          label="纳税信用等级"
          value={form.taxCreditGrade}
          onChange={(taxCreditGrade) => set({ taxCreditGrade })}
          choices={TAX_CREDIT_GRADES.map((grade) => ({ value: grade, label: `${grade} 级` }))}
        />
      </Section>
      <Section title="资质认定" hint="可多选；部门核验后才作为已核验信息" id="profile-tags">
        <View {...roleProps('group')} aria-label="资质认定">
          {ENTERPRISE_TAGS.map((tag) => {
            const selected = form.tags.includes(tag);
            return (
              <Choice
                key={tag}
                label={TAG_LABEL[tag]}
                selected={selected}
                onPress={() => set({ tags: selected ? form.tags.filter((t) => t !== tag) : [...form.tags, tag] })}
              />
            );
          })}
        </View>
      </Section>
      {note ? (
        <Text className="pol-card__line" {...roleProps('status')}>
          {note}
        </Text>
      ) : null}
      {question ? (
        <View className="pol-card" id="profile-revenue-question" {...roleProps('alert')} aria-label="请确认营业收入">
          <Text className="pol-card__title">{question}</Text>
          <Text className="pol-card__note">营业收入按“万元”填写。如果您填的是“元”，请除以 10000 后再填。</Text>
          <ActionButton label="确认无误，保存" onPress={() => save(true)} />
          <ActionButton
            label="我改一下"
            variant="secondary"
            onPress={() => {
              setQuestion(null);
              Taro.pageScrollTo({ selector: '#profile-revenue', duration: 200 });
            }}
          />
        </View>
      ) : (
        <ActionButton label={busy ? '正在保存…' : '保存企业信息'} onPress={() => save()} />
      )}
      <ActionButton label="看看能享受哪些政策" variant="secondary" onPress={() => openCalculator(view.creditCode)} />
    </>
  );
}

function ProfileLoader({ me, code }: { me: Whoami; code: string | undefined }) {
  const creditCode = chosenEnterprise(me, code)!.enterpriseId;
  const profile = useRemote(creditCode, () => call(api.policy['enterprises.get'], { creditCode }), { reloadOnShow: true });
  if (!profile.data) return <LoadState what="企业信息" loading={profile.loading} error={profile.error} onRetry={profile.reload} />;
  return <ProfileEditor key={creditCode} view={profile.data} onSaved={profile.replace} />;
}

/** 完善企业信息: industry from GB/T 4754-2017, region from GB/T 2260, dates and numbers; the size class computed. */
export default function ProfilePage() {
  const { params } = useRouter();
  return (
    <RoleGate
      title="完善企业信息"
      allows={representsAnEnterprise}
      deniedMessage={NO_ENTERPRISE_MESSAGE}
      subtitle={(me) => chosenEnterprise(me, params.code)?.name}
    >
      {(me) => <ProfileLoader me={me} code={params.code} />}
    </RoleGate>
  );
}
