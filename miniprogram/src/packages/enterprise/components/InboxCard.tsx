import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import type { InboxItem } from '@shared/contracts/policy';
import { ActionButton } from '@/components/ActionButton';
import { Tag } from '@/components/Tag';
import { api, call } from '@/api';
import { formatDateTime } from '@/format';
import { fieldProblems, messageOf } from '@/help/errors';
import { headingProps, inputLabelProps, pressableProps, roleProps } from '@/platform/a11y';
import { benefitWords } from '@/policy/summary';
import './policy.scss';

export interface InboxCardProps {
  item: InboxItem;
  onOpen: () => void;
  /** The item as the backend now has it (read, or objected to). */
  onChange: (item: InboxItem) => void;
}

/** The 异议 form of a 免申即享 push: the reason reaches the department that issued the policy. */
function ObjectionForm({ item, onChange }: Pick<InboxCardProps, 'item' | 'onChange'>) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  if (!open) return <ActionButton label="提出异议" variant="secondary" onPress={() => setOpen(true)} />;

  const submit = () => {
    if (sending) return;
    setSending(true);
    setError(null);
    call(api.policy['objections.create'], { deliveryId: item.id, reason }).then(
      (objection) => {
        setSending(false);
        onChange({ ...item, objection, canObject: false });
      },
      (cause: unknown) => {
        setSending(false);
        setError(fieldProblems(cause)[0]?.message ?? messageOf(cause));
      },
    );
  };

  return (
    <View className="pol-objection" {...roleProps('group')} aria-label="提出异议">
      <Text className="pol-card__line">
        如信息有误或不愿享受，请写明理由，将送达{item.policy.issuingDepartment}。
      </Text>
      {error ? (
        <Text className="pol-objection__error" {...roleProps('alert')}>
          ! {error}
        </Text>
      ) : null}
      <Textarea
        className="pol-objection__input"
        value={reason}
        maxlength={500}
        placeholder="例如：我公司去年有裁员，不符合条件"
        onInput={(event) => setReason(event.detail.value)}
        {...inputLabelProps('异议理由')}
      />
      <ActionButton label={sending ? '正在提交…' : '提交异议'} onPress={submit} />
    </View>
  );
}

/** One pushed policy: why it fits, what 免申即享 will grant and when, read state and the 异议. */
export function InboxCard({ item, onOpen, onChange }: InboxCardProps) {
  const unread = item.readAt === null;
  return (
    <View className="pol-card pol-inbox" {...roleProps('region')} aria-label={item.policy.title}>
      <View className="pol-match__head">
        {unread ? <Tag text="未读" tone="notice" /> : <Tag text="已读" />}
        <Tag text={item.policy.mode.label} tone="primary" />
        <Tag text={item.policy.category.label} />
      </View>
      <View {...headingProps(3)}>
        <View className="pol-match__title" {...pressableProps('link', onOpen)}>
          {item.policy.title}
        </View>
      </View>
      <Text className="pol-card__note">
        {item.policy.issuingDepartment} · {formatDateTime(item.deliveredAt)} 推送
        {item.channel.value === 'subscribe' ? '（已发微信提醒）' : ''}
      </Text>
      <Text className="pol-match__summary">{item.summary}</Text>
      {item.reasons.map((reason) => (
        <Text key={reason} className="pol-card__line">
          ✓ {reason}
        </Text>
      ))}
      {item.grant ? (
        <View className="pol-grant">
          <Text className="pol-lack__title">免申即享：不用申请</Text>
          <Text className="pol-lack__line">将发放：{item.grant.what}</Text>
          <Text className="pol-lack__line">发放时间：{item.grant.when}</Text>
        </View>
      ) : (
        <Text className="pol-card__line">可以享受：{benefitWords(item.policy.benefit)}</Text>
      )}
      {item.objection ? (
        <Text className="pol-card__line" {...roleProps('status')}>
          您的异议已送达{item.objection.department}（{item.objection.status.label}）：{item.objection.reason}
        </Text>
      ) : null}
      {item.canObject ? <ObjectionForm item={item} onChange={onChange} /> : null}
    </View>
  );
}
