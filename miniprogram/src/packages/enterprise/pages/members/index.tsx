import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { OutputOf } from '@shared/contract';
import { AGENT_SCOPE_LABEL, AGENT_SCOPES, type AgentScope } from '@shared/enterprise/binding';
import { api, ApiError, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { Field } from '@/components/Field';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { Tag } from '@/components/Tag';
import { formatDateTime, formatDay } from '@/format';
import { useRemote } from '@/hooks/useRemote';
import type { Whoami } from '@/hooks/useWhoami';
import { roleProps } from '@/platform/a11y';
import { chosenEnterprise, NO_ENTERPRISE_MESSAGE, representsAnEnterprise } from '@/policy/enterprise';
import { replacePage, ROUTES } from '@/routes';
import { BindingRequestList } from '@/components/BindingDecision/list';
import { LoadState } from '@/packages/enterprise/components/LoadState';
import '@/packages/enterprise/components/policy.scss';

type Members = OutputOf<(typeof api.policy)['members.list']>;
type Issued = OutputOf<(typeof api.policy)['members.authorize']>;

/** A year from today (Beijing), the usual length of an authorisation. */
function aYearFromNow(): string {
  const date = new Date(Date.now() + 8 * 3600_000);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

/** The legal representative names an agent, picks what they may do and until when, and gets a one-time code. */
function AuthorizeForm({ creditCode, onIssued }: { creditCode: string; onIssued: (issued: Issued) => void }) {
  const [agentName, setAgentName] = useState('');
  const [scopes, setScopes] = useState<AgentScope[]>(['inbox']);
  const [expiresOn, setExpiresOn] = useState(aYearFromNow());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = (scope: AgentScope) => setScopes((current) => (current.includes(scope) ? current.filter((s) => s !== scope) : [...current, scope]));
  const submit = () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    call(api.policy['members.authorize'], { creditCode, agentName, scopes, expiresOn }).then(
      (issued) => {
        setBusy(false);
        setAgentName('');
        onIssued(issued);
      },
      (cause: unknown) => {
        setBusy(false);
        setError(ApiError.of(cause).message);
      },
    );
  };
  return (
    <View className="pol-card">
      {error ? (
        <Text className="pol-objection__error" {...roleProps('alert')}>
          {error}
        </Text>
      ) : null}
      <Field label="经办人姓名" hint="与经办人身份证上的姓名一致" value={agentName} maxlength={30} onChange={setAgentName} />
      <Text className="pol-card__line">授权范围（可多选）</Text>
      <View {...roleProps('group')} aria-label="授权范围">
        {AGENT_SCOPES.map((scope) => (
          <ActionButton key={scope} label={AGENT_SCOPE_LABEL[scope]} variant="secondary" selected={scopes.includes(scope)} onPress={() => toggle(scope)} />
        ))}
      </View>
      <Field label="授权到期日" hint="格式：2027-06-30，到期后自动失效" value={expiresOn} maxlength={10} onChange={setExpiresOn} />
      <ActionButton label={busy ? '正在生成…' : '生成授权码'} onPress={submit} />
    </View>
  );
}

function MemberList({ data, onChange }: { data: Members; onChange: (next: Members) => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const act = (promise: Promise<Members>) => {
    setFailure(null);
    promise.then(onChange, (cause: unknown) => setFailure(ApiError.of(cause).message));
  };
  const leave = () => {
    setFailure(null);
    call(api.policy['members.leave'], { creditCode: data.creditCode }).then(
      () => replacePage(ROUTES.enterprise),
      (cause: unknown) => setFailure(ApiError.of(cause).message),
    );
  };
  return (
    <>
      {failure ? (
        <Text className="pol-objection__error" {...roleProps('alert')}>
          {failure}
        </Text>
      ) : null}
      <View {...roleProps('list')} aria-label="已绑定的人">
        {data.members.map((member) => (
          <View key={member.openid} className="pol-card" {...roleProps('listitem')}>
            <View className="pol-binding__head">
              <Text className="pol-card__title">
                {member.name}
                {member.isMe ? '（我）' : ''}
              </Text>
              <Tag text={member.role.label} tone={member.role.value === 'legal_representative' ? 'primary' : 'neutral'} />
            </View>
            <Text className="pol-card__line">可以办理：{member.scopes.map((s) => s.label).join('；')}</Text>
            {member.expiresOn ? (
              <Text className="pol-card__line">{member.expired ? `授权已于 ${formatDay(member.expiresOn)} 到期` : `授权到 ${formatDay(member.expiresOn)}`}</Text>
            ) : null}
            {member.isMe ? (
              <ActionButton label="解除我的绑定" variant="secondary" onPress={leave} />
            ) : data.canManage ? (
              <ActionButton
                label={`解除${member.name}的绑定`}
                variant="secondary"
                onPress={() => act(call(api.policy['members.remove'], { creditCode: data.creditCode, openid: member.openid }))}
              />
            ) : null}
          </View>
        ))}
      </View>
      {data.authorizations.length ? (
        <Section title="尚未使用的授权码" hint="授权码只在生成时显示一次；不再需要的可以作废。">
          <View {...roleProps('list')} aria-label="尚未使用的授权码">
            {data.authorizations.map((auth) => (
              <View key={auth.id} className="pol-card" {...roleProps('listitem')}>
                <Text className="pol-card__title">经办人：{auth.agentName}</Text>
                <Text className="pol-card__line">可以办理：{auth.scopes.map((s) => s.label).join('；')}，授权到 {formatDay(auth.expiresOn)}</Text>
                <Text className="pol-card__note">授权码 {formatDateTime(auth.codeValidUntil)} 前有效</Text>
                <ActionButton
                  label={`作废给${auth.agentName}的授权码`}
                  variant="secondary"
                  onPress={() => act(call(api.policy['authorizations.revoke'], { creditCode: data.creditCode, id: auth.id }))}
                />
              </View>
            ))}
          </View>
        </Section>
      ) : null}
    </>
  );
}

/** Binding requests for this enterprise, which its legal representative may decide as well as 市场监管. */
function PendingRequests({ creditCode }: { creditCode: string }) {
  const loaded = useRemote(creditCode, () => call(api.policy['bindingRequests.list'], { creditCode }), { reloadOnShow: true });
  const items = loaded.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Section title="待审核的绑定申请" hint="有人申请成为本企业的法定代表人。请核实后决定；如不同意，请写明原因。">
      <BindingRequestList items={items} onChanged={(next) => loaded.replace({ items: next })} />
    </Section>
  );
}

function MembersHome({ me, code }: { me: Whoami; code: string | undefined }) {
  const creditCode = chosenEnterprise(me, code)!.enterpriseId;
  const loaded = useRemote(creditCode, () => call(api.policy['members.list'], { creditCode }), { reloadOnShow: true });
  const [issued, setIssued] = useState<Issued | null>(null);
  const data = loaded.data;
  return (
    <>
      <LoadState what="绑定名单" loading={loaded.loading && !data} error={data ? null : loaded.error} onRetry={loaded.reload} />
      {data ? (
        <>
          <Section title="已绑定的人" aside={`${data.members.length} 人`} hint={`${data.name}：谁能代表企业办事、能办什么、到哪天。`}>
            <MemberList data={data} onChange={loaded.replace} />
          </Section>
          {data.canManage ? (
            <>
              <Section title="授权经办人" hint="填写经办人姓名、授权范围和到期日，生成一次性授权码。经办人在「绑定企业」选「授权经办人」并填写授权码即可绑定。">
                {issued ? (
                  <View className="pol-card" {...roleProps('status')}>
                    <Text className="pol-card__title">授权码：{issued.code}</Text>
                    <Text className="pol-card__line">
                      请当面或电话告诉{issued.agentName}。只能用一次，{formatDateTime(issued.codeValidUntil)} 前有效；此码只显示这一次。
                    </Text>
                  </View>
                ) : null}
                <AuthorizeForm
                  creditCode={creditCode}
                  onIssued={(next) => {
                    setIssued(next);
                    loaded.reload();
                  }}
                />
              </Section>
              <PendingRequests creditCode={creditCode} />
            </>
          ) : (
            <Text className="pol-card__note">只有法定代表人可以授权或解除经办人。</Text>
          )}
        </>
      ) : null}
    </>
  );
}

/** 经办人授权: everyone bound to the enterprise with role, scope and expiry; the legal representative authorises and removes. */
export default function MembersPage() {
  const { params } = useRouter();
  return (
    <RoleGate title="经办人授权" allows={representsAnEnterprise} deniedMessage={NO_ENTERPRISE_MESSAGE}>
      {(me) => <MembersHome me={me} code={params.code} />}
    </RoleGate>
  );
}
