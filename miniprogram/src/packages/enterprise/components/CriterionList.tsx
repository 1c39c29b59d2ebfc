import { Text, View } from '@tarojs/components';
import { pressableProps, roleProps } from '@/platform/a11y';
import { sourceWords, VERDICT_WORDS, type Criterion } from '@/policy/verdicts';
import './policy.scss';

export interface CriterionListProps {
  criteria: readonly Criterion[];
  /** Opens the profile editor, for criteria that wait for a missing field. */
  onFill: () => void;
}

/** Each condition of a policy: 符合 / 不符合 (with the actual value) / 信息不足 (with a way to fill it in). */
export function CriterionList({ criteria, onFill }: CriterionListProps) {
  return (
    <View className="pol-criteria" {...roleProps('list')} aria-label="逐条条件">
      {criteria.map((criterion) => {
        const words = VERDICT_WORDS[criterion.verdict];
        const source = sourceWords(criterion);
        return (
          <View key={criterion.path} className={`pol-criterion pol-criterion--${criterion.verdict}`} {...roleProps('listitem')}>
            <Text className="pol-criterion__mark" aria-hidden="true">
              {words.mark}
            </Text>
            <View className="pol-criterion__main">
              <Text className="pol-criterion__verdict">
                {words.word}：{criterion.expectation}
              </Text>
              {criterion.verdict === 'unknown' ? (
                <View className="pol-criterion__fill" {...pressableProps('link', onFill)}>
                  {criterion.text}，去填写
                </View>
              ) : (
                <Text className="pol-criterion__actual">
                  实际：{criterion.actual ?? '—'}
                  {source ? `（${source}）` : ''}
                </Text>
              )}
            </View>
          </View>
        );
      })}
    </View>
  );
}
