import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contract';
import { api, ApiError, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { Tag } from '@/components/Tag';
import { formatDateTime } from '@/help/format';
import { inputLabelProps, roleProps } from '@/platform/a11y';
import { usePagedList } from '@/hooks/usePagedList';
import { ListMore } from '@/components/ListMore';
import '@/packages/review/ui/review.scss';

type Appeal = OutputOf<(typeof api.review)['appeals.list']>['items'][number];

function DecideForm({ appeal, onDecided }: { appeal: Appeal; onDecided: (next: Appeal) => void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const decide = (decision: 'upheld' | 'rejected') => {
    if (busy) return;
    setBusy(true);
    setError(null);
    call(api.review['appeals.decide'], { id: appeal.id, decision, note: note.trim() }).then(
      (next) => {
        setBusy(false);
        onDecided(next);
      },
      (cause: unknown) => {
        setBusy(false);
        setError(ApiError.of(cause).message);
      },
    );
  };
  return (
    <View className="review-form">
      {error ? (
        <Text className="review-error" {...roleProps('alert')}>
          {error}
        </Text>
      ) : null}
      <Textarea className="review-textarea" value={note} maxlength={500} placeholder="复核意见" onInput={(event) => setNote(event.detail.value)} {...inputLabelProps('复核意见')} />
      <ActionButton label="申诉成立" onPress={() => decide('upheld')} />
      <ActionButton label="申诉不成立" variant="secondary" onPress={() => decide('rejected')} />
    </View>
  );
}

function AppealList() {
  const appeals = usePagedList<Appeal>((cursor) => call(api.review['appeals.list'], cursor ? { cursor } : {}), { reloadOnShow: true });
  if (appeals.error && !appeals.items) {
    return (
      <Text className="review-error" {...roleProps('alert')}>
        {appeals.error.message}
      </Text>
    );
  }
  if (!appeals.items) {
    return (
      <Text className="review-card__line" {...roleProps('status')}>
        正在加载…
      </Text>
    );
  }
  const items = appeals.items;
  const replace = (next: Appeal) => appeals.setItems((shown) => shown.map((item) => (item.id === next.id ? next : item)));
  return (
    <Section title="部门申诉" aside={`${appeals.more ? '已显示 ' : ''}${items.length} 件`} hint="申诉成立的评价不计入统计，记录保留。">
      {items.length ? (
        <View className="review-list" {...roleProps('list')} aria-label="部门申诉">
          {items.map((appeal) => (
            <View key={appeal.id} className="review-card" {...roleProps('listitem')}>
              <View className="review-card__head">
                <Text className="review-card__title">{appeal.department.name}</Text>
                <Tag text={appeal.state.label} tone={appeal.state.value === 'pending' ? 'notice' : 'neutral'} />
              </View>
              <Text className="review-card__line">
                {appeal.reason.label} · {formatDateTime(appeal.createdAt)} · 证据 {appeal.evidence.length} 份
              </Text>
              <Text className="review-card__text">{appeal.explanation}</Text>
              {appeal.decision ? <Text className="review-card__line">复核意见：{appeal.decision.note}</Text> : null}
              {appeal.state.value === 'pending' ? <DecideForm appeal={appeal} onDecided={replace} /> : null}
            </View>
          ))}
        </View>
      ) : (
        <Text className="review-empty">没有部门申诉。</Text>
      )}
      <ListMore shown={items.length} more={appeals.more} loading={appeals.loadingMore} onMore={appeals.loadMore} />
    </Section>
  );
}

/** 申诉复核 (administrator): departments' appeals against mistaken or malicious ratings, decided with a note. */
export default function AppealsPage() {
  return (
    <RoleGate title="申诉复核" allows={(me) => me.roles.includes('admin')} deniedMessage="申诉复核由系统管理员办理。部门工作人员可在差评整改页提出申诉。">
      {() => <AppealList />}
    </RoleGate>
  );
}
