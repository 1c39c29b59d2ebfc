import { useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { ActionButton } from '@/components/ActionButton';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { Choice } from '@/components/Choice';
import { ErrorSummary, type FieldError } from '@/components/ErrorSummary';
import { draftProblems } from '@/onething/draft-check';
import { Field } from '@/components/Field';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { useWhoami } from '@/hooks/useWhoami';
import { loadDraft, saveDraft, type DeliveryInput, type OnethingDraft } from '@/onething/drafts';
import { formDefinition, prefilled } from '@/onething/form-definition';
import { profileFromLatestCase, type Profile } from '@/onething/earlier-profile';
import { FormFieldInput } from '@/onething/FormFieldInput';
import { evaluateGuide, type AnswerValue } from '@/onething/guide';
import { SOURCE_TAGS } from '@/onething/MaterialCard';
import { supplyFor, uploadedFiles } from '@/onething/supplies';
import { themeIdFrom } from '@/onething/theme-ref';
import { UploadControl } from '@/onething/UploadControl';
import { useRemote } from '@/hooks/useRemote';
import { Tag } from '@/components/Tag';
import { roleProps } from '@/platform/a11y';
import { openPage, replacePage, ROUTES } from '@/routes';
import '@/pages/onething/onething.scss';

type Ems = Extract<DeliveryInput, { method: 'ems' }>['address'];
const NO_ADDRESS: Ems = { recipient: '', phone: '', address: '' };


/**
 * 一表申请: the one form, prefilled (your name; what you typed before, kept in the draft), and every material
 * supplied once — the shared record to use, the promise, or the files to upload — and how to get the result.
 */
export default function OnethingFormPage() {
  const themeId = themeIdFrom(useRouter().params);
  const whoami = useWhoami();
  const [draft, setDraft] = useState<OnethingDraft | null>(() => (themeId ? loadDraft(themeId) : null));
  const evaluation = useRemote(themeId, () => evaluateGuide(themeId!, loadDraft(themeId!).answers as Record<string, AnswerValue>));
  const result = evaluation.data?.status === 'result' ? evaluation.data : null;
  const definition = useMemo(() => (themeId && result ? formDefinition(themeId, result.answers) : null), [themeId, result]);
  const [errors, setErrors] = useState<FieldError[]>([]);

  const update = (change: Partial<OnethingDraft>) => {
    if (!themeId) return;
    setDraft(saveDraft(themeId, change));
  };

  // Prefill from the profile where nothing was typed yet; saved into the draft with the first change.
  const earlier = useRemote('earlier', () => profileFromLatestCase().catch(() => ({}) as Profile));
  const profile: Profile = { ...earlier.data, ...(whoami.data?.name ? { 'person.name': whoami.data.name } : {}) };
  const values = draft && definition ? prefilled(definition.fields, draft.form, profile) : {};
  const setValue = (id: string, value: string | string[]) => update({ form: { ...values, [id]: value } });

  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const delivery = draft?.delivery;
  const ems = delivery?.method === 'ems' ? delivery.address : NO_ADDRESS;

  const next = () => {
    if (!draft || !result) return;
    const saved = themeId ? saveDraft(themeId, { form: values }) : draft;
    setDraft(saved);
    const problems = draftProblems(definition, result.materials, saved);
    setErrors(problems);
    if (problems.length) {
      void Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
      return;
    }
    openPage(ROUTES.onethingConfirm, { themeId: themeId! });
  };

  return (
    <PageShell
      title="填写申请表"
      subtitle="一张表，各部门共用；填过的内容都会保存。"
      loading={(!evaluation.data && evaluation.loading) || (!whoami.data && whoami.status === 'loading') || earlier.loading}
      error={!themeId ? { message: '没有选择要办的事，请回到首页重新选择。' } : !evaluation.data ? evaluation.error : null}
      onRetry={themeId ? evaluation.reload : undefined}
    >
      {evaluation.data?.status === 'question' ? (
        <View className="onething-actions">
          <Text className="onething-card__text">还有问题没有回答，请先回答完。</Text>
          <ActionButton label="继续回答" onPress={() => replacePage(ROUTES.onethingGuide, { themeId: themeId! })} />
        </View>
      ) : null}
      {result && draft && definition && whoami.status !== 'loading' && !earlier.loading ? (
        <>
          <ErrorSummary errors={errors} />
          {earlier.data?.fromCase ? (
            <Text className="onething-card__note">已用您上次办件（{earlier.data.fromCase}）填过的信息预先填好，请核对。</Text>
          ) : null}
          {definition.sections.map((section) => (
            <Section key={section.id} title={section.title}>
              <View className="onething-card">
                {section.fields.map((field) => (
                  <FormFieldInput
                    key={field.id}
                    field={field}
                    value={values[field.id]}
                    onChange={(value) => setValue(field.id, value)}
                    error={errorOf(`form-${field.id}`)}
                  />
                ))}
              </View>
            </Section>
          ))}

          <Section title="材料" hint="每份材料只交一次，各部门共用。">
            <View className="onething-list" {...roleProps('list')} aria-label="材料">
              {result.materials
                .filter((m) => m.source.kind !== 'internal')
                .map((material) => {
                  const source = material.source;
                  const supply = supplyFor(material, draft);
                  return (
                    <View key={material.id} id={`material-${material.id}`} className="onething-list__item" {...roleProps('listitem')}>
                      <View className="onething-list__head">
                        <Text className="onething-list__title">{material.name}</Text>
                        <Tag {...(supply ? { text: '已备好', tone: 'success' as const } : SOURCE_TAGS[source.kind])} />
                      </View>
                      {source.kind === 'shared' ? (
                        <>
                          <Text className="onething-list__meta">用电子证照库里的{source.recordLabel}，请选择是哪一份：</Text>
                          <ChoiceGroup
                            label={`${material.name}用哪一份`}
                            choices={source.records.map((r) => ({ value: r.recordId, label: `${r.holder} · ${r.numberMasked}`, hint: r.issuer }))}
                            value={supply?.kind === 'shared' ? supply.recordId : null}
                            onChange={(recordId) => update({ supplies: { ...draft.supplies, [material.id]: { kind: 'shared', recordId } } })}
                          />
                        </>
                      ) : null}
                      {source.kind === 'promise' ? (
                        <>
                          <Text className="onething-list__note">{source.text}</Text>
                          <Choice
                            label={`我承诺：${material.name}`}
                            selected={draft.promises.includes(material.id)}
                            onPress={() =>
                              update({
                                promises: draft.promises.includes(material.id) ? draft.promises.filter((id) => id !== material.id) : [...draft.promises, material.id],
                              })
                            }
                          />
                        </>
                      ) : null}
                      {source.kind === 'upload' ? (
                        <>
                          {source.fallbackFrom ? <Text className="onething-list__note">{source.fallbackFrom.reason}</Text> : null}
                          <UploadControl
                            name={material.name}
                            spec={source.upload}
                            files={uploadedFiles(draft, material.id)}
                            onChange={(files) => update({ supplies: { ...draft.supplies, [material.id]: { kind: 'upload', files } } })}
                          />
                        </>
                      ) : null}
                      {errorOf(`material-${material.id}`) ? <Text className="onething-field-error">! {errorOf(`material-${material.id}`)}</Text> : null}
                    </View>
                  );
                })}
            </View>
          </Section>

          <Section id="delivery" title="办好后怎么拿">
            <ChoiceGroup
              label="办好后怎么拿"
              choices={definition.delivery.map((d) => ({ value: d.id, label: d.label }))}
              value={delivery?.method ?? null}
              onChange={(method) => update({ delivery: method === 'ems' ? { method, address: ems } : { method } })}
            />
            {delivery?.method === 'ems' ? (
              <View className="onething-card">
                <Field label="收件人" value={ems.recipient} onChange={(v) => update({ delivery: { method: 'ems', address: { ...ems, recipient: v } } })} maxlength={30} />
                <Field label="收件人手机号码" type="number" value={ems.phone} onChange={(v) => update({ delivery: { method: 'ems', address: { ...ems, phone: v } } })} maxlength={11} />
                <Field label="收件地址" hint="区、街道、门牌号和房号" value={ems.address} onChange={(v) => update({ delivery: { method: 'ems', address: { ...ems, address: v } } })} maxlength={120} />
              </View>
            ) : null}
            {errorOf('delivery') ? <Text className="onething-field-error">! {errorOf('delivery')}</Text> : null}
          </Section>

          <View className="onething-actions">
            <ActionButton label="下一步：核对信息" onPress={next} />
          </View>
        </>
      ) : null}
    </PageShell>
  );
}
