import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contract';
import { creditCodeSchema } from '@shared/enterprise/profile';
import { ENTERPRISE_RELATION_LABEL, ENTERPRISE_RELATIONS } from '@shared/contracts/policy';
import { DEFAULT_PUSH_CONFIG } from '@shared/policy/push-config';
import { api, call } from '../../../../api';
import { ActionButton } from '../../../../components/ActionButton';
import { ChoiceGroup } from '../../../../components/ChoiceGroup';
import { ErrorSummary, type FieldError } from '../../../../components/ErrorSummary';
import { Field } from '../../../../components/Field';
import { PageShell } from '../../../../components/PageShell';
import { Section } from '../../../../components/Section';
import { messageOf } from '../../../../help/errors';
import { roleProps } from '../../../../platform/a11y';
import { problemOf, summaryErrors } from '../../../../policy/forms';
import { openCalculator, openProfileEditor } from '../../../../policy/navigation';
import { requestReminder } from '../../../../policy/reminders';
import { CAN_ASK_FOR_REMINDERS } from '../../../../policy/subscribe';
import { useRemote } from '../../../../hooks/useRemote';
import '../../components/policy.scss';

type Relation = (typeof ENTERPRISE_RELATIONS)[number];
type Bound = OutputOf<(typeof api.policy)['enterprises.bind']>;

const IDS = { creditCode: 'bind-code', name: 'bind-name', role: 'bind-role' };

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

/** Bind an enterprise the person represents: credit code (check digit verified as typed), name, relation. */
export default function BindPage() {
  const [creditCode, setCreditCode] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Relation | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [bound, setBound] = useState<Bound | null>(null);

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
    // A missing relation is caught by the contract's own check, with its message, before any round trip.
    call(api.policy['enterprises.bind'], { creditCode, name, role: role as Relation }).then(
      (answer) => {
        setBusy(false);
        setErrors([]);
        setBound(answer);
      },
      (cause: unknown) => {
        setBusy(false);
        const problems = summaryErrors(cause, IDS, IDS.creditCode);
        setErrors(problems);
        if (!problems.length) setFailure(messageOf(cause));
      },
    );
  };

  return (
    <PageShell title="绑定企业" subtitle="绑定后可以用政策计算器、接收惠企政策推送">
      {bound ? (
        <Bound bound={bound} />
      ) : (
        <>
          <ErrorSummary errors={errors} />
          {failure ? (
            <Text className="pol-objection__error" {...roleProps('alert')}>
              {failure}
            </Text>
          ) : null}
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
                hint: value === 'legal_representative' ? '营业执照上登记的法定代表人' : '经法定代表人授权代表企业办事',
              }))}
            />
          </Section>
          <ActionButton label={busy ? '正在绑定…' : '确认绑定'} onPress={submit} />
        </>
      )}
    </PageShell>
  );
}
