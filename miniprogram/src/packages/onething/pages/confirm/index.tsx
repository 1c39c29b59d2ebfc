import { useMemo, useRef, useState } from 'react';
import type { RequiredConsent } from '@shared/privacy/case-consents';
import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { api, ApiError, call, newRequestId } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { fieldProblems, messageOf } from '@/help/errors';
import { ConsentAsk } from '@/onething/ConsentAsk';
import { grantConsents, requiredConsentsOf } from '@/onething/consent-required';
import { draftProblems } from '@/onething/draft-check';
import { clearDraft, loadDraft, saveDraft, type OnethingDraft } from '@/onething/drafts';
import { formDefinition, formInput } from '@/onething/form-definition';
import { evaluateGuide, type AnswerValue } from '@/onething/guide';
import { materialsInput } from '@/onething/supplies';
import { themeIdFrom, themeRef } from '@/onething/theme-ref';
import { useRemote } from '@/hooks/useRemote';
import { roleProps } from '@/platform/a11y';
import { goBack, openPage, replacePage, ROUTES } from '@/routes';
import '@/pages/onething/onething.scss';

function Rows({ label, rows }: { label: string; rows: { key: string; name: string; value: string }[] }) {
  return (
    <View className="onething-list" {...roleProps('list')} aria-label={label}>
      {rows.map((row) => (
        <View key={row.key} className="onething-list__item" {...roleProps('listitem')}>
          <Text className="onething-list__note">{row.name}</Text>
          <Text className="onething-list__meta">{row.value}</Text>
        </View>
      ))}
    </View>
  );
}

/**
 * 核对信息 ("check your answers"), then submit. The submit carries a requestId kept in the draft: a retry after
 * a lost answer (or a second tap) is recognised by the backend and never makes a second case.
 */
export default function OnethingConfirmPage() {
  const themeId = themeIdFrom(useRouter().params);
  const [draft, setDraft] = useState<OnethingDraft | null>(() => (themeId ? loadDraft(themeId) : null));
  useDidShow(() => themeId && setDraft(loadDraft(themeId)));
  const evaluation = useRemote(themeId, () => evaluateGuide(themeId!, loadDraft(themeId!).answers as Record<string, AnswerValue>));
  const result = evaluation.data?.status === 'result' ? evaluation.data : null;
  const definition = useMemo(() => (themeId && result ? formDefinition(themeId, result.answers) : null), [themeId, result]);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  // The consents the last submit was refused for (CONSENT_REQUIRED): asked right here, then the same submit goes on.
  const [asking, setAsking] = useState<RequiredConsent[]>([]);
  const [consentError, setConsentError] = useState<string | null>(null);

  const open = draft && result ? draftProblems(definition, result.materials, draft) : [];

  const submit = () => {
    if (!themeId || !draft || !result || !definition || busyRef.current) return;
    const requestId = draft.requestId ?? newRequestId();
    const saved = saveDraft(themeId, { requestId });
    setDraft(saved);
    busyRef.current = true;
    setBusy(true);
    setProblems([]);
    const input = {
      ...themeRef(themeId),
      requestId,
      answers: result.answers,
      form: formInput(definition.fields, saved.form),
      materials: materialsInput(result.materials, saved).input,
      delivery: saved.delivery!,
    };
    call(api.onething['applications.submit'], input, { requestId }).then(
      (view) => {
        busyRef.current = false;
        clearDraft(themeId);
        replacePage(ROUTES.onethingCase, { id: view.id, submitted: '1' });
      },
      (cause: unknown) => {
        busyRef.current = false;
        setBusy(false);
        const consents = requiredConsentsOf(cause);
        if (consents.length) {
          setAsking(consents);
          return;
        }
        const fields = fieldProblems(cause);
        setProblems(fields.length ? fields.map((f) => f.message) : [`${messageOf(cause)} 可以再点一次“提交申请”，不会重复提交。`]);
      },
    );
  };

  const agreeAndSubmit = () => {
    if (busyRef.current || !themeId) return;
    busyRef.current = true;
    setBusy(true);
    setConsentError(null);
    grantConsents(asking, `onething.submit:${themeId}`).then(
      () => {
        busyRef.current = false;
        setAsking([]);
        submit();
      },
      (cause: unknown) => {
        busyRef.current = false;
        setBusy(false);
        setConsentError(ApiError.of(cause).message);
      },
    );
  };

  const decline = () => {
    setAsking([]);
    setConsentError(null);
    setProblems(['您没有同意，申请还没有提交。填好的内容已保存，同意后可以随时回来提交。']);
  };

  const optionLabel = (fieldId: string, value: string | string[] | undefined): string => {
    const field = definition?.fields.find((f) => f.id === fieldId);
    const values = Array.isArray(value) ? value : value ? [value] : [];
    if (!values.length) return '（未填）';
    return values.map((v) => field?.options?.find((o) => o.value === v)?.label ?? v).join('、');
  };

  return (
    <PageShell
      title="核对信息"
      subtitle="请看一遍，没问题就提交。"
      loading={!evaluation.data && evaluation.loading}
      error={!themeId ? { message: '没有选择要办的事，请回到首页重新选择。' } : !evaluation.data ? evaluation.error : null}
      onRetry={themeId ? evaluation.reload : undefined}
    >
      {result && draft && definition ? (
        <>
          <Section title={`要办的事（${result.subItems.length} 件）`}>
            <Rows label="要办的事" rows={result.subItems.map((s) => ({ key: s.id, name: s.departmentName, value: s.name }))} />
          </Section>
          <Section title="您的回答" aside={<ActionButton label="修改回答" variant="plain" onPress={() => openPage(ROUTES.onethingGuide, { themeId: themeId! })} />}>
            <Rows label="您的回答" rows={result.path.map((p) => ({ key: p.questionId, name: p.text, value: p.answerLabel }))} />
          </Section>
          {definition.sections.map((section) => (
            <Section key={section.id} title={section.title} aside={<ActionButton label={`修改${section.title}`} variant="plain" onPress={goBack} />}>
              <Rows label={section.title} rows={section.fields.map((f) => ({ key: f.id, name: f.label, value: f.type === 'select' || f.type === 'multiSelect' ? optionLabel(f.id, draft.form[f.id]) : String(draft.form[f.id] || '（未填）') }))} />
            </Section>
          ))}
          <Section title="材料">
            <Rows
              label="材料"
              rows={result.materials.map((m) => {
                const supply = materialsInput([m], draft).input[m.id];
                const record = m.source.kind === 'shared' && supply?.kind === 'shared' ? m.source.records.find((r) => r.recordId === supply.recordId) : undefined;
                const value =
                  m.source.kind === 'internal'
                    ? '部门之间传递，不用交'
                    : record
                      ? `电子证照：${record.holder} · ${record.numberMasked}`
                      : supply?.kind === 'promise'
                        ? '已勾选告知承诺'
                        : supply?.kind === 'upload'
                          ? `已上传 ${supply.files.length} 个文件`
                          : '还没有备好';
                return { key: m.id, name: m.name, value };
              })}
            />
          </Section>
          <Section title="办好后怎么拿">
            <Rows
              label="取件方式"
              rows={[
                {
                  key: 'delivery',
                  name: definition.delivery.find((d) => d.id === draft.delivery?.method)?.label ?? '还没有选择',
                  value: draft.delivery?.method === 'ems' ? `${draft.delivery.address.recipient} ${draft.delivery.address.phone} ${draft.delivery.address.address}` : '',
                },
              ]}
            />
          </Section>

          {open.length ? (
            <View className="onething-notice" {...roleProps('alert')}>
              <Text className="onething-card__text">还有 {open.length} 处没有填好：{open.map((p) => p.message).join('；')}</Text>
            </View>
          ) : null}
          {problems.length ? (
            <View className="onething-notice" {...roleProps('alert')}>
              {problems.map((p) => (
                <Text key={p} className="onething-problem">
                  ! {p}
                </Text>
              ))}
            </View>
          ) : null}
          {asking.length ? <ConsentAsk consents={asking} busy={busy} error={consentError} onAgree={agreeAndSubmit} onDecline={decline} /> : null}
          <View className="onething-actions">
            {asking.length ? null : open.length ? (
              <ActionButton label="返回修改" onPress={goBack} />
            ) : (
              <ActionButton label={busy ? '正在提交…' : '提交申请'} onPress={submit} />
            )}
            <Text className="onething-card__note">提交后，{result.subItems.length} 件事由各部门同时办理，承诺 {result.totalPromisedDays} 个工作日办结。</Text>
          </View>
        </>
      ) : null}
    </PageShell>
  );
}
