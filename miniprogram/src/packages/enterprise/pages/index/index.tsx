import { Text, View } from '@tarojs/components';
import { EntryList, type Entry } from '../../../../components/EntryList';
import { RoleGate } from '../../../../components/RoleGate';
import { Section } from '../../../../components/Section';
import { Tag } from '../../../../components/Tag';
import type { Whoami } from '../../../../hooks/useWhoami';
import { roleProps } from '../../../../platform/a11y';
import { RELATION_LABELS } from '../../../../roles';
import { openComingSoon } from '../../../../routes';
import './index.scss';

const soon = { text: '即将开通', tone: 'notice' } as const;

function entries(): Entry[] {
  return [
    {
      key: 'policies',
      title: '惠企政策',
      description: '按企业情况匹配补贴和优惠，说明为什么符合',
      tag: soon,
      onPress: () => openComingSoon('惠企政策', '系统会按企业的行业、规模等情况，主动告诉您能享受哪些政策。'),
    },
    {
      key: 'free-benefits',
      title: '免申即享',
      description: '不用申请，符合条件直接享受',
      tag: soon,
      onPress: () => openComingSoon('免申即享', '符合条件的政策不用申请，开通后可在这里查看发放情况。'),
    },
    {
      key: 'enterprise-onething',
      title: '企业办事',
      description: '开办餐饮店、员工录用等一件事',
      tag: soon,
      onPress: () => openComingSoon('企业办事', '企业的“一件事”正在准备中，开通后可以在这里一次办完。'),
    },
    {
      key: 'agents',
      title: '经办人授权',
      description: '授权员工代表企业办事',
      tag: soon,
      onPress: () => openComingSoon('经办人授权', '法定代表人可授权员工代表企业办事，这里很快开通。'),
    },
  ];
}

function EnterpriseWorkbench({ me }: { me: Whoami }) {
  return (
    <>
      <Section title="我代表的企业">
        <View className="ent-list" {...roleProps('list')} aria-label="我代表的企业">
          {me.enterprises.map((link) => (
            <View key={link.enterpriseId} className="ent-list__item" {...roleProps('listitem')}>
              <View className="ent-list__badge" aria-hidden="true">
                <Text>企</Text>
              </View>
              <Text className="ent-list__name">{link.name}</Text>
              <Tag text={RELATION_LABELS[link.relation]} />
            </View>
          ))}
        </View>
      </Section>
      <Section title="企业服务">
        <EntryList label="企业服务" entries={entries()} />
      </Section>
    </>
  );
}

export default function EnterprisePage() {
  return (
    <RoleGate
      title="企业服务"
      allows={(me) => me.enterprises.length > 0}
      deniedMessage="企业服务给企业的法定代表人或授权经办人使用。您还没有绑定企业：请由企业法定代表人授权后再来。"
      subtitle={(me) => `${me.name ?? ''}，您可以代表 ${me.enterprises.length} 家企业办事`}
    >
      {(me) => <EnterpriseWorkbench me={me} />}
    </RoleGate>
  );
}
