import { Text, View } from '@tarojs/components';
import { ElderModeSwitch } from '@/components/ElderModeSwitch';
import { EntryList } from '@/components/EntryList';
import { PageShell } from '@/components/PageShell';
import { PersonaSwitcher } from '@/components/PersonaSwitcher';
import { Section } from '@/components/Section';
import { Tag } from '@/components/Tag';
import { useWhoami, type Whoami } from '@/hooks/useWhoami';
import { headingProps, roleProps } from '@/platform/a11y';
import { RELATION_LABELS, roleLabel, workbenchesFor } from '@/roles';
import { openPage, ROUTES } from '@/routes';
import './index.scss';

function Profile({ me }: { me: Whoami }) {
  const name = me.name || '微信用户';
  return (
    <View className="me-profile" {...roleProps('region')} aria-label="我的信息">
      <View className="me-profile__avatar" aria-hidden="true">
        <Text>{name.slice(0, 1)}</Text>
      </View>
      <View className="me-profile__main">
        <Text className="me-profile__name" {...headingProps(2)}>
          {name}
        </Text>
        <View className="me-profile__roles">
          <Text className="sr-only">身份：</Text>
          {me.roles.map((role) => (
            <Tag key={role} text={roleLabel(role)} tone="primary" />
          ))}
        </View>
        {me.department ? <Text className="me-profile__line">所属部门：{me.department.name}</Text> : null}
      </View>
    </View>
  );
}

function Enterprises({ me }: { me: Whoami }) {
  if (!me.enterprises.length) return null;
  return (
    <Section title="我代表的企业">
      <View className="me-card" {...roleProps('list')} aria-label="我代表的企业">
        {me.enterprises.map((link) => (
          <View key={link.enterpriseId} className="me-card__row" {...roleProps('listitem')}>
            <Text className="me-card__title">{link.name}</Text>
            <Tag text={RELATION_LABELS[link.relation]} />
          </View>
        ))}
      </View>
    </Section>
  );
}

export default function MePage() {
  const whoami = useWhoami();
  const me = whoami.data;
  const workbenches = me ? workbenchesFor(me) : [];

  return (
    <PageShell
      title="我的"
      loading={!me && whoami.status === 'loading'}
      error={!me && whoami.status === 'error' ? whoami.error : null}
      onRetry={whoami.reload}
    >
      {me ? (
        <>
          <Profile me={me} />
          {whoami.status === 'error' ? (
            <Text className="me-stale" {...roleProps('alert')}>
              {whoami.error.message}
            </Text>
          ) : null}
          {workbenches.length ? (
            <Section title="我的工作台">
              <EntryList
                label="我的工作台"
                entries={workbenches.map((bench) => ({
                  key: bench.key,
                  title: bench.title,
                  description: bench.description,
                  onPress: () => openPage(bench.route),
                }))}
              />
            </Section>
          ) : null}
          <Enterprises me={me} />
          <Section title="我的服务">
            <EntryList
              label="我的服务"
              entries={[
                {
                  key: 'cases',
                  title: '我的办件',
                  description: '办了哪些事、办到哪一步',
                  onPress: () => openPage(ROUTES.onethingCases),
                },
                {
                  key: 'enterprise-bind',
                  title: '绑定企业',
                  description: '企业法定代表人或经办人：绑定后接收惠企政策',
                  onPress: () => openPage(ROUTES.enterpriseBind),
                },
                {
                  key: 'authorizations',
                  title: '我的委托',
                  description: '委托帮办员代办的委托书，在我的帮办里查看',
                  onPress: () => openPage(ROUTES.helpMine),
                },
              ]}
            />
          </Section>
          <Section title="个人信息与投诉建议">
            <EntryList
              label="个人信息与投诉建议"
              entries={[
                { key: 'profile', title: '个人信息', description: '姓名、证件号、手机号、地址和证件照片', onPress: () => openPage(ROUTES.profile) },
                { key: 'consents', title: '隐私授权', description: '我同意过哪些信息的使用，可随时撤回', onPress: () => openPage(ROUTES.consents) },
                { key: 'my-data', title: '我的数据', description: '查看、复制系统保存的我的信息，申请删除', onPress: () => openPage(ROUTES.myData) },
                { key: 'feedback-mine', title: '我的投诉建议', description: '办理进度、部门答复和评价', onPress: () => openPage(ROUTES.feedbackMine) },
                { key: 'reviews-mine', title: '我的评价', description: '待评价的办件、我的评价和差评整改进度', onPress: () => openPage(ROUTES.reviewMine) },
                { key: 'reviews-public', title: '好差评结果', description: '各部门、各主题的满意度和整改情况', onPress: () => openPage(ROUTES.reviewDashboard) },
              ]}
            />
          </Section>
          <Section title="看得清、点得准">
            <ElderModeSwitch />
          </Section>
          <PersonaSwitcher onChange={whoami.reload} />
        </>
      ) : null}
    </PageShell>
  );
}
