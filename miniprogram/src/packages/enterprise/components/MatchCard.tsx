import { Text, View } from '@tarojs/components';
import type { PolicyMatchView } from '@shared/contracts/policy';
import { Tag } from '@/components/Tag';
import { headingProps, pressableProps, roleProps } from '@/platform/a11y';
import { benefitWords } from '@/policy/summary';
import { OUTCOME_TONES } from '@/policy/verdicts';
import { CriterionList } from './CriterionList';
import { Verdict } from './Verdict';
import './policy.scss';

export interface MatchCardProps {
  match: PolicyMatchView;
  onOpen: () => void;
  onFill: () => void;
}

/** One policy in the 政策计算器: the verdict, what the enterprise lacks, and every condition. */
export function MatchCard({ match, onOpen, onFill }: MatchCardProps) {
  const { policy, outcome } = match;
  return (
    <View className={`pol-card pol-match pol-match--${outcome.value}`} {...roleProps('region')} aria-label={policy.title}>
      <View className="pol-match__head">
        <Tag text={outcome.label} tone={OUTCOME_TONES[outcome.value]} />
        <Tag text={policy.mode.label} tone="primary" />
      </View>
      <View {...headingProps(3)}>
        <View className="pol-match__title" {...pressableProps('link', onOpen)}>
          {policy.title}
        </View>
      </View>
      <Text className="pol-card__note">
        {policy.issuingDepartment} · {benefitWords(policy.benefit)}
      </Text>
      <Verdict match={match} />
      <CriterionList criteria={match.criteria} onFill={onFill} />
    </View>
  );
}
