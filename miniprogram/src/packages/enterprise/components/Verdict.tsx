import { Text, View } from '@tarojs/components';
import type { PolicyMatchView } from '@shared/contracts/policy';
import { whatYouLack } from '@/policy/verdicts';
import './policy.scss';

/** The overall verdict in one sentence, then what the enterprise lacks (nothing when it qualifies). */
export function Verdict({ match }: { match: PolicyMatchView }) {
  const qualifies = match.outcome.value === 'qualifies';
  const lacking = qualifies ? [] : whatYouLack(match);
  return (
    <>
      <Text className="pol-match__summary">{qualifies ? '符合全部条件，可以享受这项政策。' : match.summary}</Text>
      {lacking.length ? (
        <View className="pol-lack">
          <Text className="pol-lack__title">{match.outcome.value === 'nearly' ? '还差什么' : '要符合，至少还需要'}</Text>
          {lacking.map((line) => (
            <Text key={line} className="pol-lack__line">
              {line}
            </Text>
          ))}
        </View>
      ) : null}
    </>
  );
}
