import { FRONT_WINDOW_DEPARTMENT } from '@shared/departments';
import type { Role } from '@shared/roles';
import { EntryList, type Entry } from '@/components/EntryList';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import type { Whoami } from '@/hooks/useWhoami';
import { openComingSoon, openPage, ROUTES } from '@/routes';

const soon = { text: '即将开通', tone: 'notice' } as const;
const WORKBENCH_ROLES: readonly Role[] = ['staff', 'coordinator', 'admin'];

function placeholder(key: string, title: string, description: string, note: string): Entry {
  return { key, title, description, tag: soon, onPress: () => openComingSoon(title, note) };
}

function StaffSections({ me }: { me: Whoami }) {
  const department = me.department?.name ?? '本部门';
  return (
    <>
      {me.roles.includes('staff') ? (
        <Section title="部门审批" hint={`${department}的办件`}>
          <EntryList
            label="部门审批"
            entries={[
              { key: 'todo', title: '一件事待办', description: '本部门的事项，到期早的在前；受理、审批、一次性告知补正', onPress: () => openPage(ROUTES.onethingTasks) },
              ...(me.department?.id === FRONT_WINDOW_DEPARTMENT
                ? [{ key: 'window', title: '综合窗口出件', description: '各部门全部办结的一件事：窗口领取、电子证照或 EMS 寄出', onPress: () => openPage(ROUTES.onethingWindow) }]
                : []),
              placeholder('overdue', '临近超时', '快到办结时限的办件', '快到时限的办件会在这里提醒。'),
              placeholder('supplement', '补正与容缺', '等群众补交材料的办件', '需要补交材料的办件，开通后在这里跟进。'),
              { key: 'feedback', title: '投诉建议', description: '本部门收到的投诉建议，按时答复', onPress: () => openPage(ROUTES.staffFeedback) },
              { key: 'policies', title: '惠企政策', description: '发布政策、预览送达范围、看送达报告', onPress: () => openPage(ROUTES.staffPolicies) },
              ...(me.department?.id === 'samr'
                ? [{ key: 'binding', title: '企业绑定审核', description: '实名信息与登记的法定代表人不一致的绑定申请：通过或写明原因不通过', onPress: () => openPage(ROUTES.staffBindingRequests) }]
                : []),
            ]}
          />
        </Section>
      ) : null}
      {me.roles.includes('staff') ? (
        <Section title="好差评" hint={`${department}收到的评价和差评整改`}>
          <EntryList
            label="好差评"
            entries={[
              { key: 'rectifications', title: '整改工作台', description: '差评按期整改、回访和办结', onPress: () => openPage(ROUTES.staffRectifications) },
              { key: 'ratings', title: '评价查询', description: '本部门收到的评价（只读，评价人已脱敏）', onPress: () => openPage(ROUTES.staffRatings) },
            ]}
          />
        </Section>
      ) : null}
      {me.roles.includes('coordinator') ? (
        <Section title="帮办调度">
          <EntryList
            label="帮办调度"
            entries={[
              { key: 'dispatch', title: '帮办调度台', description: '超时未接、逾期的在前；派单、改派和回访', onPress: () => openPage(ROUTES.helpDesk) },
              { key: 'helpers', title: '帮办员', description: '认证、暂停，谁手上有几单', onPress: () => openPage(ROUTES.helpDeskHelpers) },
            ]}
          />
        </Section>
      ) : null}
      {me.roles.includes('admin') ? (
        <Section title="系统管理">
          <EntryList
            label="系统管理"
            entries={[
              { key: 'people', title: '用户与角色', description: '查找用户，设置工作人员、帮办员和所属部门；每次调整都有记录', onPress: () => openPage(ROUTES.staffUsers) },
              placeholder('items', '事项配置', '一件事的材料、时限和本地规则', '事项配置正在准备中。'),
              { key: 'rectifications', title: '差评整改', description: '全部部门的差评整改，升级的在前', onPress: () => openPage(ROUTES.staffRectifications) },
              { key: 'appeals', title: '申诉复核', description: '部门对误评、恶意差评的申诉', onPress: () => openPage(ROUTES.staffAppeals) },
              { key: 'review-stats', title: '好差评数据', description: '满意度、好评率和整改情况', onPress: () => openPage(ROUTES.reviewDashboard) },
            ]}
          />
        </Section>
      ) : null}
    </>
  );
}

export default function StaffPage() {
  return (
    <RoleGate
      title="工作台"
      allows={(me) => me.roles.some((role) => WORKBENCH_ROLES.includes(role))}
      deniedMessage="工作台只给部门工作人员、帮办调度和管理员使用。如需开通，请联系本单位管理员。"
      subtitle={(me) => [me.name, me.department?.name].filter(Boolean).join(' · ') || undefined}
    >
      {(me) => <StaffSections me={me} />}
    </RoleGate>
  );
}
