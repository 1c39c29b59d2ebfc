import { EntryList } from '@/components/EntryList';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { openComingSoon, openPage, ROUTES } from '@/routes';

const soon = { text: '即将开通', tone: 'notice' } as const;

export default function HelperPage() {
  return (
    <RoleGate
      title="帮办工作台"
      allows={(me) => me.roles.includes('helper')}
      deniedMessage="帮办工作台只给帮办员使用。如果您需要别人帮忙办事，请回到首页点“帮办代办”。"
      subtitle={(me) => `${me.name ?? '帮办员'}，今天辛苦了`}
    >
      {() => (
        <>
          <Section title="接单与服务">
            <EntryList
              label="接单与服务"
              entries={[
                {
                  key: 'orders',
                  title: '待接的服务单',
                  description: '调度派给您的帮办、代办和上门服务',
                  onPress: () => openPage(ROUTES.helperRequests),
                },
                {
                  key: 'mine',
                  title: '我的服务单',
                  description: '正在办的、已中止的、已办结的',
                  onPress: () => openPage(ROUTES.helperRequests),
                },
                {
                  key: 'visits',
                  title: '上门服务日程',
                  description: '约好的上门时间和地址',
                  tag: soon,
                  onPress: () => openComingSoon('上门服务日程', '上门服务的时间安排，开通后在这里查看。'),
                },
              ]}
            />
          </Section>
          <Section title="回访与评价">
            <EntryList
              label="回访与评价"
              entries={[
                {
                  key: 'followups',
                  title: '办结回访',
                  description: '办完后问问群众是否满意',
                  tag: soon,
                  onPress: () => openComingSoon('办结回访', '办结后的回访任务，开通后在这里处理。'),
                },
              ]}
            />
          </Section>
        </>
      )}
    </RoleGate>
  );
}
