import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { api, call } from '@/api';
import { EntryList, type Entry } from '@/components/EntryList';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { Tag } from '@/components/Tag';
import type { Whoami } from '@/hooks/useWhoami';
import { pressableProps, roleProps } from '@/platform/a11y';
import { chosenEnterprise, NO_ENTERPRISE_MESSAGE, representsAnEnterprise, type EnterpriseLink } from '@/policy/enterprise';
import { openBind, openBindingRequests, openCalculator, openInbox, openMembers, openProfileEditor } from '@/policy/navigation';
import { useRemote } from '@/hooks/useRemote';
import { RELATION_LABELS } from '@/roles';
import { openComingSoon, replacePage, ROUTES } from '@/routes';
import { LoadState } from '@/packages/enterprise/components/LoadState';
import { ProfileFields, SizeCard } from '@/packages/enterprise/components/ProfileCard';
import './index.scss';

const soon = { text: '即将开通', tone: 'notice' } as const;

function entries(code: string): Entry[] {
  return [
    {
      key: 'calculator',
      title: '政策计算器',
      description: '每项在实施的惠企政策：是否符合、为什么、还差什么',
      onPress: () => openCalculator(code),
    },
    {
      key: 'profile',
      title: '完善企业信息',
      description: '补充参保、缴费等信息，计算器能判断更多政策',
      onPress: () => openProfileEditor(code),
    },
    {
      key: 'inbox',
      title: '政策消息',
      description: '推送给本企业的政策；免申即享将发放什么、何时发放',
      onPress: () => openInbox(code),
    },
    {
      key: 'enterprise-onething',
      title: '企业办事',
      description: '开办餐饮店、员工录用等一件事',
      tag: soon,
      onPress: () => openComingSoon('企业办事', '企业的“一件事”正在准备中，开通后可以在这里一次办完。'),
    },
    {
      key: 'bind',
      title: '绑定其他企业',
      description: '您代表的另一家企业',
      onPress: openBind,
    },
    {
      key: 'agents',
      title: '经办人授权',
      description: '谁能代表企业办事；法定代表人授权员工、解除绑定',
      onPress: () => openMembers(code),
    },
    {
      key: 'requests',
      title: '我的绑定申请',
      description: '需要市场监管审核的绑定申请和结果',
      onPress: openBindingRequests,
    },
  ];
}

/** The enterprises this user represents; tapping another one shows its profile instead. */
function EnterpriseChooser({ me, chosen }: { me: Whoami; chosen: EnterpriseLink }) {
  return (
    <View className="ent-list" {...roleProps('list')} aria-label="我代表的企业">
      {me.enterprises.map((link) => (
        <View key={link.enterpriseId} className="ent-list__item" {...roleProps('listitem')}>
          <View className="ent-list__badge" aria-hidden="true">
            <Text>企</Text>
          </View>
          {link.enterpriseId === chosen.enterpriseId ? (
            <Text className="ent-list__name">{link.name}</Text>
          ) : (
            <View className="ent-list__name ent-list__name--other" {...pressableProps('link', () => replacePage(ROUTES.enterprise, { code: link.enterpriseId }))}>
              {link.name}
            </View>
          )}
          <Tag text={RELATION_LABELS[link.relation]} />
        </View>
      ))}
    </View>
  );
}

function EnterpriseHome({ me, code }: { me: Whoami; code: string | undefined }) {
  const chosen = chosenEnterprise(me, code)!;
  const creditCode = chosen.enterpriseId;
  const profile = useRemote(creditCode, () => call(api.policy['enterprises.get'], { creditCode }), { reloadOnShow: true });
  return (
    <>
      <Section title="我代表的企业">
        <EnterpriseChooser me={me} chosen={chosen} />
      </Section>
      <Section title="企业服务">
        <EntryList label="企业服务" entries={entries(creditCode)} />
      </Section>
      <Section title="企业档案" hint="政策按这些信息匹配。已核验的信息来自部门数据，自行填报的由企业填写。">
        <LoadState what="企业信息" loading={profile.loading && !profile.data} error={profile.data ? null : profile.error} onRetry={profile.reload} />
        {profile.data ? (
          <>
            <SizeCard size={profile.data.size} />
            <ProfileFields fields={profile.data.fields} />
          </>
        ) : null}
      </Section>
    </>
  );
}

export default function EnterprisePage() {
  const { params } = useRouter();
  return (
    <RoleGate
      title="企业服务"
      allows={representsAnEnterprise}
      deniedMessage={NO_ENTERPRISE_MESSAGE}
      subtitle={(me) => `${me.name ?? ''}，您可以代表 ${me.enterprises.length} 家企业办事`}
    >
      {(me) => <EnterpriseHome me={me} code={params.code} />}
    </RoleGate>
  );
}
