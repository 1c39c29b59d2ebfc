import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { PolicyMatchView } from '@shared/contracts/policy';
import { api, call } from '@/api';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { formatDateTime } from '@/format';
import type { Whoami } from '@/hooks/useWhoami';
import { roleProps } from '@/platform/a11y';
import { chosenEnterprise, NO_ENTERPRISE_MESSAGE, representsAnEnterprise } from '@/policy/enterprise';
import { openPolicy, openProfileEditor } from '@/policy/navigation';
import { useRemote } from '@/hooks/useRemote';
import type { Outcome } from '@/policy/verdicts';
import { LoadState } from '@/packages/enterprise/components/LoadState';
import { MatchCard } from '@/packages/enterprise/components/MatchCard';
import '@/packages/enterprise/components/policy.scss';

const GROUPS: { outcome: Outcome; title: string; hint: string }[] = [
  { outcome: 'qualifies', title: '符合的政策', hint: '每一条条件都满足。' },
  { outcome: 'nearly', title: '差一项的政策', hint: '只差一条条件，或有一项信息还没填写。' },
  { outcome: 'no', title: '暂不符合的政策', hint: '差两项或更多，下面写明了差在哪里。' },
];

function Results({ code, items, asOf }: { code: string; items: PolicyMatchView[]; asOf: string }) {
  const count = (outcome: Outcome) => items.filter((item) => item.outcome.value === outcome).length;
  return (
    <>
      <View className="pol-card" {...roleProps('status')}>
        <Text className="pol-card__title">
          在实施的 {items.length} 项政策中：符合 {count('qualifies')} 项，差一项 {count('nearly')} 项，暂不符合 {count('no')} 项。
        </Text>
        <Text className="pol-card__note">按企业档案于 {formatDateTime(asOf)} 计算。自行填报的信息以部门核验为准。</Text>
      </View>
      {GROUPS.map((group) => {
        const matches = items.filter((item) => item.outcome.value === group.outcome);
        if (!matches.length) return null;
        return (
          <Section key={group.outcome} title={`${group.title}（${matches.length}）`} hint={group.hint}>
            {matches.map((match) => (
              <MatchCard
                key={match.policy.id}
                match={match}
                onOpen={() => openPolicy(code, match.policy.id)}
                onFill={() => openProfileEditor(code)}
              />
            ))}
          </Section>
        );
      })}
    </>
  );
}

function Calculator({ me, code }: { me: Whoami; code: string | undefined }) {
  const creditCode = chosenEnterprise(me, code)!.enterpriseId;
  const result = useRemote(creditCode, () => call(api.policy['match.forEnterprise'], { creditCode }), { reloadOnShow: true });
  return (
    <>
      <LoadState what="政策匹配结果" loading={result.loading && !result.data} error={result.data ? null : result.error} onRetry={result.reload} />
      {result.data ? (
        result.data.items.length ? (
          <Results code={creditCode} items={result.data.items} asOf={result.data.asOf} />
        ) : (
          <Text className="pol-card__line">目前没有正在实施的惠企政策。新政策发布后会在这里显示。</Text>
        )
      ) : null}
    </>
  );
}

/** 政策计算器: every open policy against this enterprise's profile, with the reasons. */
export default function CalculatorPage() {
  const { params } = useRouter();
  return (
    <RoleGate
      title="政策计算器"
      allows={representsAnEnterprise}
      deniedMessage={NO_ENTERPRISE_MESSAGE}
      subtitle={(me) => chosenEnterprise(me, params.code)?.name}
    >
      {(me) => <Calculator me={me} code={params.code} />}
    </RoleGate>
  );
}
