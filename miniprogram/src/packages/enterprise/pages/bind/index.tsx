import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contract';
import { creditCodeSchema } from '@shared/enterprise/profile';
import { ENTERPRISE_RELATION_LABEL, ENTERPRISE_RELATIONS } from '@shared/contracts/policy';
import { DEFAULT_PUSH_CONFIG } from '@shared/policy/push-config';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { ErrorSummary, type FieldError } from '@/components/ErrorSummary';
import { Field } from '@/components/Field';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { messageOf } from '@/help/errors';
import { roleProps } from '@/platform/a11y';
import { problemOf, summaryErrors } from '@/policy/forms';
import { openBindingRequests, openCalculator, openProfileEditor } from '@/policy/navigation';
import { requestReminder } from '@/policy/reminders';
import { CAN_ASK_FOR_REMINDERS } from '@/policy/subscribe';
import { useRemote } from '@/hooks/useRemote';
import '@/packages/enterprise/components/policy.scss';

type Relation = (typeof ENTERPRISE_RELATIONS)[number];
type Bound = OutputOf<(typeof api.policy)['enterprises.bind']>;
type Redeemed = OutputOf<(typeof api.policy)['members.redeem']>;

const IDS = { creditCode: 'bind-code', name: 'bind-name', role: 'bind-role', code: 'bind-auth-code' };

/** The credit code's problem once all 18 characters are typed (the check digit is only knowable then). */
function codeProblem(code: string): string | null {
  return code.trim().length >= 18 ? problemOf(creditCodeSchema, code) : null;
}

/** After binding: what next, and the moment to ask for WeChat reminders (a tap, as WeChat requires). */
function Bound({ bound }: { bound: Bound }) {
  const [note, setNote] = useState<string | null>(null);
  // The template id as the backend configures it, fetched before the tap (WeChat asks only from the tap itself).
  const inbox = useRemote(CAN_ASK_FOR_REMINDERS ? bound.creditCode : null, () =>
    call(api.policy['inbox.list'], { creditCode: bound.creditCode, unreadOnly: true, limit: 1 }),
    { reloadOnShow: true },
  );
  const ask = () =>
    requestReminder(inbox.data?.subscription.templateId ?? DEFAULT_PUSH_CONFIG.templateId).then(
      (remaining) => setNote(remaining === null ? '您没有同意接收提醒，新政策会放在“政策消息”里。' : '好的，有新的符合政策时会发微信提醒您。'),
      (cause: unknown) => setNote(messageOf(cause)),
    );
  return (
    <View className="pol-card" {...roleProps('status')}>
      <Text className="pol-card__title">已绑定：{bound.name}</Text>
      <Text className="pol-card__line">
        您是该企业的{bound.role.label}。{bound.created ? '请完善企业信息，系统才能判断贵企业符合哪些政策。' : ''}
      </Text>
      {CAN_ASK_FOR_REMINDERS ? <ActionButton label="有新政策时提醒我" variant="secondary" onPress={ask} /> : null}
      {note ? <Text className="pol-card__line">{note}</Text> : null}
      <ActionButton label="完善企业信息" onPress={() => openProfileEditor(bound.creditCode)} />
      <ActionButton label="打开政策计算器" variant="secondary" onPress={() => openCalculator(bound.creditCode)} />
    </View>
  );
}

/** Not bound yet: the request went to 市场监管, and why it could not be bound at once. */
function Requested({ bound }: { bound: Bound }) {
  const request = bound.request!;
  return (
    <View className="pol-card" {...roleProps('status')}>
      <Text className="pol-card__title">已提交绑定申请：{bound.name}</Text>
      <Text className="pol-card__line">状态：{request.status.label}</Text>
      <Text className="pol-card__line">{request.why}</Text>
      <Text className="pol-card__note">审核通过前，您还不能查看或办理这家企业的事项。审核结果会显示在「我的绑定申请」里。</Text>
      <ActionButton label="查看我的绑定申请" onPress={openBindingRequests} />
    </View>
  );
}

/** An agent bound by the legal representative's code: what they may do, and until when. */
function AgentBound({ redeemed }: { redeemed: Redeemed }) {
  return (
    <View className="pol-card" {...roleProps('status')}>
      <Text className="pol-card__title">已绑定：{redeemed.name}</Text>
      <Text className="pol-card__line">您是该企业的授权经办人，授权到 {redeemed.expiresOn}。</Text>
      <Text className="pol-card__line">可以办理：{redeemed.scopes.map((s) => s.label).join('；')}</Text>
      <ActionButton label="打开政策计算器" variant="secondary" onPress={() => openCalculator(redeemed.creditCode)} />
    </View>
  );
}

/** Bind an enterprise the person represents: credit code (check digit verified as typed), name, relation. */
export default function BindPage() {
  const [creditCode, setCreditCode] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Relation | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [bound, setBound] = useState<Bound | null>(null);
  const [authCode, setAuthCode] = useState('');
  const [redeemed, setRedeemed] = useState<Redeemed | null>(null);

  const fieldError = (id: string) => errors.find((error) => error.field === id)?.message;
  // Editing a field settles its reported problem until the next submit checks again.
  const edited =
    <T,>(id: string, set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setErrors((current) => current.filter((error) => error.field !== id));
    };
  const submit = () => {
    if (busy) return;
    setFailure(null);
    setBusy(true);
    const failed = (cause: unknown) => {
      setBusy(false);
      const problems = summaryErrors(cause, IDS, role === 'agent' ? IDS.code : IDS.creditCode);
      setErrors(problems);
      if (!problems.length) setFailure(messageOf(cause));
    };
    if (role === 'agent') {
      // 经办人 are bound only by the legal representative's one-time code.
      call(api.policy['members.redeem'], { code: authCode }).then((answer) => {
        setBusy(false);
        setErrors([]);
        setRedeemed(answer);
      }, failed);
      return;
    }
    // A missing relation is caught by the contract's own check, with its message, before any round trip.
    call(api.policy['enterprises.bind'], { creditCode, name, role: role as Relation }).then(
      (answer) => {
        setBusy(false);
        setErrors([]);
        setBound(answer);
      },
      failed,
    );
  };

  return (
    <PageShell title="绑定企业" subtitle="绑定后可以用政策计算器、接收惠企政策推送">
      {redeemed ? (
        <AgentBound redeemed={redeemed} />
      ) : bound ? (
        bound.outcome.value === 'bound' ? <Bound bound={bound} /> : <Requested bound={bound} />
      ) : (
        <>
          <ErrorSummary errors={errors} />
          {failure ? (
            <Text className="pol-objection__error" {...roleProps('alert')}>
              {failure}
            </Text>
          ) : null}
          <Section title="您与企业的关系" id={IDS.role}>
            {fieldError(IDS.role) ? (
              <Text className="pol-objection__error" {...roleProps('alert')}>
                ! {fieldError(IDS.role)}
              </Text>
            ) : null}
            <ChoiceGroup
              label="您与企业的关系"
              value={role}
              onChange={edited(IDS.role, setRole)}
              choices={ENTERPRISE_RELATIONS.map((value) => ({
                value,
                label: ENTERPRISE_RELATION_LABEL[value],
                hint: value === 'legal_representative' ? '营业执照上登记的法定代表人' : '经法定代表人授权代表企业办事，需要法定代表人给的授权码',
              }))}
            />
          </Section>
          {role === 'agent' ? (
            <Field
              id={IDS.code}
              label="授权码"
              hint="请法定代表人在「企业服务—经办人授权」中按您的姓名生成，8位，72小时内有效"
              value={authCode}
              maxlength={12}
              onChange={edited(IDS.code, setAuthCode)}
              error={fieldError(IDS.code)}
            />
          ) : (
            <>
              <Field
                id={IDS.creditCode}
                label="统一社会信用代码"
                hint="营业执照上的18位代码，字母不区分大小写"
                value={creditCode}
                maxlength={18}
                onChange={edited(IDS.creditCode, setCreditCode)}
                error={codeProblem(creditCode) ?? fieldError(IDS.creditCode)}
              />
              <Field id={IDS.name} label="企业名称" value={name} maxlength={100} onChange={edited(IDS.name, setName)} error={fieldError(IDS.name)} />
              <Text className="pol-card__note">
                系统会用您在「我的—个人信息」中填写的姓名和身份证号，与市场监管登记的法定代表人核对；一致即绑定，不一致时转市场监管部门审核。
              </Text>
            </>
          )}
          <ActionButton label={busy ? '正在绑定…' : '确认绑定'} onPress={submit} />
          <ActionButton label="我的绑定申请" variant="plain" onPress={openBindingRequests} />
        </>
      )}
    </PageShell>
  );
}
