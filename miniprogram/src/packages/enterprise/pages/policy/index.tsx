import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { Tag } from '@/components/Tag';
import type { Whoami } from '@/hooks/useWhoami';
import { copyText } from '@/platform/clipboard';
import { roleProps } from '@/platform/a11y';
import { chosenEnterprise, NO_ENTERPRISE_MESSAGE, representsAnEnterprise } from '@/policy/enterprise';
import { openProfileEditor } from '@/policy/navigation';
import { benefitWords, MODE_EXPLAINED, windowWords } from '@/policy/summary';
import { useRemote } from '@/hooks/useRemote';
import { OUTCOME_TONES } from '@/policy/verdicts';
import { CriterionList } from '@/packages/enterprise/components/CriterionList';
import { LoadState } from '@/packages/enterprise/components/LoadState';
import { Verdict } from '@/packages/enterprise/components/Verdict';
import '@/packages/enterprise/components/policy.scss';

/** The link to the full text: copied, because a mini-program cannot open an outside web page. */
function copyFullText(url: string): void {
  void copyText(url).then(() => Taro.showToast({ title: '链接已复制，可在浏览器打开', icon: 'none' }));
}

function PolicyDetail({ me, code, id }: { me: Whoami; code: string | undefined; id: string }) {
  const creditCode = chosenEnterprise(me, code)!.enterpriseId;
  // The calculator's answer carries the policy's public summary and this enterprise's verdicts together.
  const result = useRemote(creditCode, () => call(api.policy['match.forEnterprise'], { creditCode }), { reloadOnShow: true });
  const match = result.data?.items.find((item) => item.policy.id === id) ?? null;
  if (!result.data) {
    return <LoadState what="政策" loading={result.loading} error={result.error} onRetry={result.reload} />;
  }
  if (!match) {
    return (
      <Text className="pol-card__line" {...roleProps('alert')}>
        没有找到这项政策：它可能已经停止实施。
      </Text>
    );
  }
  const { policy, outcome } = match;
  return (
    <>
      <Section title={policy.title}>
        <View className="pol-card">
          <View className="pol-match__head">
            <Tag text={policy.mode.label} tone="primary" />
            <Tag text={policy.category.label} />
          </View>
          <Text className="pol-card__line">{policy.summary}</Text>
          <Text className="pol-card__note">发布部门：{policy.issuingDepartment}</Text>
        </View>
      </Section>
      <Section title="可以享受什么">
        <View className="pol-card">
          <Text className="pol-card__title">{benefitWords(policy.benefit)}</Text>
          {policy.benefit.amount ? <Text className="pol-card__note">{policy.benefit.text}</Text> : null}
          <Text className="pol-card__line">办理时间：{windowWords(policy.window)}</Text>
          <Text className="pol-card__line">{MODE_EXPLAINED[policy.mode.value]}</Text>
        </View>
      </Section>
      <Section title="贵企业是否符合" aside={<Tag text={outcome.label} tone={OUTCOME_TONES[outcome.value]} />}>
        <View className="pol-card">
          <Verdict match={match} />
          <CriterionList criteria={match.criteria} onFill={() => openProfileEditor(creditCode)} />
        </View>
      </Section>
      <Section title="政策原文" hint={policy.fullTextUrl}>
        <ActionButton label="复制原文链接" variant="secondary" onPress={() => copyFullText(policy.fullTextUrl)} />
      </Section>
    </>
  );
}

/** One policy: what it grants, when, how, the full text, and this enterprise's verdict per condition. */
export default function PolicyPage() {
  const { params } = useRouter();
  return (
    <RoleGate title="政策详情" allows={representsAnEnterprise} deniedMessage={NO_ENTERPRISE_MESSAGE}>
      {(me) => <PolicyDetail me={me} code={params.code} id={params.id ?? ''} />}
    </RoleGate>
  );
}
