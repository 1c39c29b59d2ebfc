import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { InboxItem } from '@shared/contracts/policy';
import { POLICY_CATEGORIES, POLICY_CATEGORY_LABEL, type PolicyCategory } from '@shared/policy/policy';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { Choice } from '@/components/Choice';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { messageOf } from '@/help/errors';
import type { Whoami } from '@/hooks/useWhoami';
import { roleProps } from '@/platform/a11y';
import { chosenEnterprise, NO_ENTERPRISE_MESSAGE, representsAnEnterprise } from '@/policy/enterprise';
import { openPolicy } from '@/policy/navigation';
import { requestReminder } from '@/policy/reminders';
import { CAN_ASK_FOR_REMINDERS } from '@/policy/subscribe';
import { useRemote } from '@/hooks/useRemote';
import { InboxCard } from '@/packages/enterprise/components/InboxCard';
import { LoadState } from '@/packages/enterprise/components/LoadState';
import '@/packages/enterprise/components/policy.scss';

type Inbox = Awaited<ReturnType<typeof loadInbox>>;

function loadInbox(creditCode: string) {
  return call(api.policy['inbox.list'], { creditCode, unreadOnly: false, limit: 50 });
}

/** WeChat reminders: asked for from a tap (WeChat allows no other way), one grant = one message. */
function Reminders({ inbox, onChange }: { inbox: Inbox; onChange: (remaining: number) => void }) {
  const [note, setNote] = useState<string | null>(null);
  if (!CAN_ASK_FOR_REMINDERS) return null;
  const ask = () => {
    requestReminder(inbox.subscription.templateId).then(
      (remaining) => {
        if (remaining === null) {
          setNote('您没有同意接收提醒，新政策仍会放在这里。');
          return;
        }
        onChange(remaining);
        setNote('好的，有新的符合政策时会发微信提醒您。');
      },
      (cause: unknown) => setNote(messageOf(cause)),
    );
  };
  return (
    <Section title="微信提醒" hint={`还可以提醒您 ${inbox.subscription.remaining} 次。每同意一次，可以收到一条新政策提醒。`}>
      <ActionButton label="有新政策时提醒我" variant="secondary" onPress={ask} />
      {note ? (
        <Text className="pol-card__line" {...roleProps('status')}>
          {note}
        </Text>
      ) : null}
    </Section>
  );
}

/** Categories the enterprise does not want to hear about; saved at once on each tap. */
function Mutes({ creditCode, inbox, onChange }: { creditCode: string; inbox: Inbox; onChange: (muted: Inbox['muted']) => void }) {
  const [error, setError] = useState<string | null>(null);
  const muted = new Set(inbox.muted.map((m) => m.value));
  const toggle = (category: PolicyCategory) => {
    const next = muted.has(category) ? [...muted].filter((c) => c !== category) : [...muted, category];
    setError(null);
    call(api.policy['mutes.set'], { creditCode, categories: next }).then(
      (answer) => onChange(answer.muted),
      (cause: unknown) => setError(messageOf(cause)),
    );
  };
  return (
    <Section title="不再提醒的政策类别" hint="选中的类别以后不再推送给贵企业，可以随时取消。">
      {error ? (
        <Text className="pol-objection__error" {...roleProps('alert')}>
          {error}
        </Text>
      ) : null}
      <View {...roleProps('group')} aria-label="不再提醒的政策类别">
        {POLICY_CATEGORIES.map((category) => (
          <Choice
            key={category}
            label={POLICY_CATEGORY_LABEL[category]}
            description={muted.has(category) ? '已设为不再提醒' : undefined}
            selected={muted.has(category)}
            onPress={() => toggle(category)}
          />
        ))}
      </View>
    </Section>
  );
}

function InboxView({ me, code }: { me: Whoami; code: string | undefined }) {
  const creditCode = chosenEnterprise(me, code)!.enterpriseId;
  const inbox = useRemote(creditCode, () => loadInbox(creditCode), { reloadOnShow: true });
  const data = inbox.data;
  if (!data) return <LoadState what="政策消息" loading={inbox.loading} error={inbox.error} onRetry={inbox.reload} />;

  const update = (next: InboxItem) => {
    const wasUnread = data.items.some((item) => item.id === next.id && item.readAt === null);
    inbox.replace({
      ...data,
      items: data.items.map((item) => (item.id === next.id ? next : item)),
      unread: data.unread - (wasUnread && next.readAt !== null ? 1 : 0),
    });
  };
  // Opening a pushed policy marks it read (the staff's delivery report counts reads).
  const open = (item: InboxItem) => {
    if (item.readAt === null) {
      call(api.policy['inbox.markRead'], { id: item.id }).then(
        ({ readAt }) => update({ ...item, readAt }),
        () => undefined,
      );
    }
    openPolicy(creditCode, item.policy.id);
  };

  return (
    <>
      <Text className="pol-card__line" {...roleProps('status')}>
        {data.items.length ? `共 ${data.items.length} 条，未读 ${data.unread} 条。` : '还没有推送给贵企业的政策。有新的符合政策时会放在这里。'}
      </Text>
      {data.items.map((item) => (
        <InboxCard key={item.id} item={item} onOpen={() => open(item)} onChange={update} />
      ))}
      <Reminders inbox={data} onChange={(remaining) => inbox.replace({ ...data, subscription: { ...data.subscription, remaining } })} />
      <Mutes creditCode={creditCode} inbox={data} onChange={(muted) => inbox.replace({ ...data, muted })} />
    </>
  );
}

/** 政策消息: the policies pushed to this enterprise, 免申即享 grants with the 异议 form, reminders and mutes. */
export default function InboxPage() {
  const { params } = useRouter();
  return (
    <RoleGate
      title="政策消息"
      allows={representsAnEnterprise}
      deniedMessage={NO_ENTERPRISE_MESSAGE}
      subtitle={(me) => chosenEnterprise(me, params.code)?.name}
    >
      {(me) => <InboxView me={me} code={params.code} />}
    </RoleGate>
  );
}
