import { View } from '@tarojs/components';
import type { BindingRequestView } from '@shared/contracts/enterprise-binding';
import { roleProps } from '@/platform/a11y';
import { BindingDecision } from '.';
import { BindingRequestCard } from './card';

/**
 * Binding requests awaiting a decision, each with its decision form while pending — the same list for 市场监管's
 * desk and for the enterprise's own legal representative. `onChanged` gets the list with the decided one replaced.
 */
export function BindingRequestList({ items, onChanged }: { items: BindingRequestView[]; onChanged: (items: BindingRequestView[]) => void }) {
  return (
    <View {...roleProps('list')} aria-label="待审核的绑定申请">
      {items.map((request) => (
        <BindingRequestCard key={request.id} request={request} showRequester>
          {request.status.value === 'pending' ? (
            <BindingDecision request={request} onDecided={(next) => onChanged(items.map((item) => (item.id === next.id ? next : item)))} />
          ) : null}
        </BindingRequestCard>
      ))}
    </View>
  );
}
