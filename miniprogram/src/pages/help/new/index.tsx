import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { cityConfig } from '@shared/config/city';
import { AUTHORIZATION_SCOPE_LABELS, AUTHORIZATION_SCOPES } from '@shared/help/authorization';
import {
  CONSENT_METHOD_LABELS,
  CONSENT_METHODS,
  DISABILITY_NEED_CONSENT,
  HELP_KIND_DESCRIPTIONS,
  HELP_KIND_LABELS,
  HELP_KINDS,
  RELATION_LABELS,
  RELATIONS,
  SPECIAL_NEED_LABELS,
  SPECIAL_NEEDS,
} from '@shared/help/kinds';
import { api, call, newRequestId } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { Choice, ChoiceGroup } from '@/components/Choice';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Field } from '@/components/Field';
import { PageShell } from '@/components/PageShell';
import { RegionPicker } from '@/components/RegionPicker';
import { Section } from '@/components/Section';
import { fieldProblems, messageOf, type FieldProblem } from '@/help/errors';
import { beijingDate, formatDay } from '@/help/format';
import { useWhoami } from '@/hooks/useWhoami';
import { roleProps } from '@/platform/a11y';
import { replacePage, ROUTES } from '@/routes';
import { DAYS_AHEAD, EMPTY_FORM, missingChoices, SLOTS, toggle, toInput, VALID_DAYS, type HelpForm, type Slot } from './form';
import './index.scss';

const KIND_TITLES = { guidance: '帮办：有人教我办', proxy: '代办：请人替我办', home_visit: '上门：请人到家里来' } as const;

export default function HelpNewPage() {
  const whoami = useWhoami();
  const [form, setForm] = useState<HelpForm>(EMPTY_FORM);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One id per attempt to send this form: a retry after a lost answer is recognised, not duplicated.
  const requestId = useRef(newRequestId());

  const myName = whoami.data?.name ?? '';
  useEffect(() => {
    if (myName) setForm((f) => (f.contactName ? f : { ...f, contactName: myName }));
  }, [myName]);

  const set = <K extends keyof HelpForm>(key: K, value: HelpForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const errorAt = (...paths: string[]) =>
    problems.find((p) => paths.some((path) => p.path === path || p.path.startsWith(`${path}.`)))?.message;

  const submit = () => {
    if (busy) return;
    const missing = missingChoices(form);
    setSubmitError(null);
    if (missing.length) {
      setProblems(missing);
      void Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
      return;
    }
    setBusy(true);
    call(api.help['requests.create'], toInput(form), { requestId: requestId.current }).then(
      (detail) => {
        setBusy(false);
        requestId.current = newRequestId();
        replacePage(detail.kind.value === 'proxy' && detail.authorization && !detail.authorization.confirmedAt ? ROUTES.helpAuthorize : ROUTES.helpDetail, {
          id: detail.id,
        });
      },
      (cause: unknown) => {
        setBusy(false);
        const fields = fieldProblems(cause);
        setProblems(fields);
        if (!fields.length) setSubmitError(messageOf(cause));
        void Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
      },
    );
  };

  const isProxy = form.kind === 'proxy';
  return (
    <PageShell title="申请帮办代办" subtitle="免费服务。填好后，认证的帮办员会联系您。">
      <ErrorSummary errors={problems.map((p) => ({ field: sectionOf(p.path), message: p.message }))} />
      {submitError ? (
        <View className="help-new__alert" {...roleProps('alert')}>
          <Text>{submitError}</Text>
        </View>
      ) : null}

      <Section id="help-step-1" title="1. 您需要哪种帮助">
        <ChoiceGroup label="需要哪种帮助">
          {HELP_KINDS.map((kind) => (
            <Choice
              key={kind}
              label={KIND_TITLES[kind]}
              description={HELP_KIND_DESCRIPTIONS[kind]}
              selected={form.kind === kind}
              onPress={() => set('kind', kind)}
            />
          ))}
        </ChoiceGroup>
        {errorAt('kind') ? <Text className="help-new__error">! {errorAt('kind')}</Text> : null}
      </Section>

      <Section id="help-step-2" title="2. 要办什么事">
        <ChoiceGroup label="怎么说明要办的事" inline>
          <Choice label="用几句话说" selected={form.aboutType === 'text'} onPress={() => set('aboutType', 'text')} />
          <Choice label="我有办件编号" selected={form.aboutType === 'case'} onPress={() => set('aboutType', 'case')} />
        </ChoiceGroup>
        {form.aboutType === 'text' ? (
          <Field
            label="要办的事"
            placeholder="例如：办理退休，领养老金"
            value={form.aboutText}
            onChange={(v) => set('aboutText', v)}
            error={errorAt('about')}
            maxlength={300}
          />
        ) : (
          <Field
            label="办件编号"
            hint="在办件回执或短信里能找到"
            value={form.caseNumber}
            onChange={(v) => set('caseNumber', v)}
            error={errorAt('about')}
            maxlength={40}
          />
        )}
        <Field
          label="补充说明（可不填）"
          value={form.description}
          onChange={(v) => set('description', v)}
          error={errorAt('description')}
          maxlength={500}
        />
      </Section>

      <Section id="help-step-3" title="3. 希望什么时候">
        <ChoiceGroup label="哪一天" inline>
          {DAYS_AHEAD.map((days) => (
            <Choice key={days} label={formatDay(beijingDate(days))} selected={form.daysAhead === days} onPress={() => set('daysAhead', days)} />
          ))}
        </ChoiceGroup>
        <ChoiceGroup label="哪个时段" inline>
          {(Object.keys(SLOTS) as Slot[]).map((slot) => (
            <Choice key={slot} label={SLOTS[slot].label} selected={form.slot === slot} onPress={() => set('slot', slot)} />
          ))}
        </ChoiceGroup>
        {errorAt('window') ? <Text className="help-new__error">! {errorAt('window')}</Text> : null}
      </Section>

      <Section id="help-step-4" title="4. 在哪里">
        <RegionPicker
          rootCode={cityConfig().regionCode}
          value={form.region}
          onChange={(region) => set('region', region)}
          error={errorAt('regionCode')}
        />
        <Field
          label={form.kind === 'home_visit' ? '详细地址（上门必填）' : '详细地址（可不填）'}
          hint="路名、门牌号、楼栋和房号"
          value={form.streetAddress}
          onChange={(v) => set('streetAddress', v)}
          error={errorAt('streetAddress')}
          maxlength={120}
        />
      </Section>

      <Section id="help-step-5" title="5. 怎么联系您">
        <Field label="联系人姓名" value={form.contactName} onChange={(v) => set('contactName', v)} error={errorAt('contact.name')} maxlength={30} />
        <Field
          label="手机号码"
          type="number"
          value={form.contactPhone}
          onChange={(v) => set('contactPhone', v)}
          error={errorAt('contact.phone')}
          maxlength={11}
        />
      </Section>

      <Section id="help-step-6" title="6. 有没有特殊需要（可多选）" hint="我们会派能照顾到这些需要的帮办员。">
        <ChoiceGroup label="特殊需要">
          {SPECIAL_NEEDS.map((need) => (
            <Choice
              key={need}
              label={SPECIAL_NEED_LABELS[need]}
              selected={form.specialNeeds.includes(need)}
              onPress={() => set('specialNeeds', toggle(form.specialNeeds, need))}
            />
          ))}
        </ChoiceGroup>
        {form.specialNeeds.includes('language') ? (
          <Field label="需要的语言" placeholder="例如：粤语、英语、手语" value={form.language} onChange={(v) => set('language', v)} error={errorAt('language')} maxlength={20} />
        ) : null}
        {form.specialNeeds.includes('disability') ? (
          <>
            <Choice label="我同意" description={DISABILITY_NEED_CONSENT.text} selected={form.disabilityConsent} onPress={() => set('disabilityConsent', !form.disabilityConsent)} />
            {errorAt('disabilityConsent') ? <Text className="help-new__error">! {errorAt('disabilityConsent')}</Text> : null}
          </>
        ) : null}
      </Section>

      <Section id="help-step-7" title="7. 是替家人或别人申请吗">
        <Choice
          label="我是替别人申请（例如替父母）"
          selected={form.forOther}
          onPress={() => set('forOther', !form.forOther)}
        />
        {form.forOther ? (
          <View className="help-new__group">
            <ChoiceGroup label="对方是您的" inline>
              {RELATIONS.map((relation) => (
                <Choice key={relation} label={RELATION_LABELS[relation]} selected={form.relation === relation} onPress={() => set('relation', relation)} />
              ))}
            </ChoiceGroup>
            {errorAt('forSomeoneElse.relation') ? <Text className="help-new__error">! {errorAt('forSomeoneElse.relation')}</Text> : null}
            <Field label="对方姓名" value={form.otherName} onChange={(v) => set('otherName', v)} error={errorAt('forSomeoneElse.name')} maxlength={30} />
            <Field label="对方手机号码" type="number" value={form.otherPhone} onChange={(v) => set('otherPhone', v)} error={errorAt('forSomeoneElse.phone')} maxlength={11} />
            <Text className="help-new__label">对方是怎么同意的</Text>
            <ChoiceGroup label="对方是怎么同意的">
              {CONSENT_METHODS.map((method) => (
                <Choice key={method} label={CONSENT_METHOD_LABELS[method]} selected={form.consentMethod === method} onPress={() => set('consentMethod', method)} />
              ))}
            </ChoiceGroup>
            <Choice
              label="我确认已征得对方本人（或其监护人）同意"
              selected={form.consentConfirmed}
              onPress={() => set('consentConfirmed', !form.consentConfirmed)}
            />
            {errorAt('forSomeoneElse.consent') ? <Text className="help-new__error">! {errorAt('forSomeoneElse.consent')}</Text> : null}
          </View>
        ) : null}
      </Section>

      {isProxy ? (
        <Section id="help-step-8" title="8. 代办委托书" hint="写明帮办员可以替您做什么、办哪件事、到哪天为止。提交后请您再确认签署。">
          <Field label="委托办理的事项" placeholder="例如：退休养老金申领" value={form.matter} onChange={(v) => set('matter', v)} error={errorAt('authorization.matter')} maxlength={60} />
          <Text className="help-new__label">帮办员可以替您</Text>
          <ChoiceGroup label="委托权限">
            {AUTHORIZATION_SCOPES.map((scope) => (
              <Choice key={scope} label={AUTHORIZATION_SCOPE_LABELS[scope]} selected={form.scope.includes(scope)} onPress={() => set('scope', toggle(form.scope, scope))} />
            ))}
          </ChoiceGroup>
          {errorAt('authorization.scope') ? <Text className="help-new__error">! {errorAt('authorization.scope')}</Text> : null}
          <Text className="help-new__label">委托有效期</Text>
          <ChoiceGroup label="委托有效期" inline>
            {VALID_DAYS.map((days) => (
              <Choice key={days} label={`${days}天`} selected={form.validDays === days} onPress={() => set('validDays', days)} />
            ))}
          </ChoiceGroup>
          {errorAt('authorization') && !errorAt('authorization.matter', 'authorization.scope') ? (
            <Text className="help-new__error">! {errorAt('authorization')}</Text>
          ) : null}
        </Section>
      ) : null}

      <View className="help-new__submit">
        <ActionButton label={busy ? '正在提交…' : '提交申请'} onPress={submit} />
        <Text className="help-new__note">提交后可以在“我的帮办”里看进度，帮办员出发前都可以撤销。</Text>
      </View>
    </PageShell>
  );
}

/** The numbered section of the form that holds a field, so each line of the error summary jumps to it. */
function sectionOf(path: string): string {
  const top = path.split('.')[0] ?? '';
  const step: Record<string, number> = {
    kind: 1,
    about: 2,
    themeId: 2,
    caseNumber: 2,
    description: 2,
    preferredWindow: 3,
    window: 3,
    regionCode: 4,
    streetAddress: 4,
    address: 4,
    contact: 5,
    specialNeeds: 6,
    language: 6,
    disabilityConsent: 6,
    forSomeoneElse: 7,
    authorization: 8,
  };
  return `help-step-${step[top] ?? 1}`;
}
