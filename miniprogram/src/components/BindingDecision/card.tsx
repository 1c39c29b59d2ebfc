import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { BindingRequestView } from '@shared/contracts/enterprise-binding';
import { Tag } from '@/components/Tag';
import { formatDateTime } from '@/format';
import { roleProps } from '@/platform/a11y';
import './index.scss';

const TONE = { pending: 'notice', approved: 'success', refused: 'neutral', withdrawn: 'neutral' } as const;

/** One binding request: the enterprise, its state in words, why it needed a check, and the decision with its reason. */
export function BindingRequestCard({ request, showRequester = false, children }: { request: BindingRequestView; showRequester?: boolean; children?: ReactNode }) {
  return (
    <View className="binding-card" {...roleProps('listitem')}>
      <View className="binding-card__head">
        <Text className="binding-card__title">{request.enterpriseName}</Text>
        <Tag text={request.status.label} tone={TONE[request.status.value]} />
      </View>
      <Text className="binding-card__note">统一社会信用代码 {request.creditCode}</Text>
      {showRequester ? (
        <Text className="binding-card__line">
          申请人：{request.requesterName}（申请成为{request.role.label}）
        </Text>
      ) : null}
      <Text className="binding-card__line">提交于 {formatDateTime(request.createdAt)}</Text>
      <Text className="binding-card__note">{request.why}</Text>
      {request.status.value === 'refused' ? <Text className="binding-card__line">未通过的原因：{request.reason}</Text> : null}
      {request.status.value === 'approved' ? <Text className="binding-card__line">已由{request.decidedBy}审核通过，现在可以代表这家企业办事了。</Text> : null}
      {children}
    </View>
  );
}
