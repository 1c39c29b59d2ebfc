/**
 * 举办体育赛事活动 — listed here as an item of the 2024 second batch.
 *
 * Source: 国务院办公厅《"高效办成一件事"2024年度新一批重点事项清单》（国办函〔2024〕53号）; number and title confirmed by
 * a citing document (渝退役军人局〔2025〕7号, 2025-03-18). That this item belongs to the batch could NOT be confirmed
 * from the searchable sources: the list's text was not found, and this entry rests on recollection of the published
 * list (8 items: 企业迁移, 企业上市合法合规信息核查, 举办体育赛事活动, 二手房转移登记及水电气网联动过户, 公民婚育, 户口迁移,
 * 军人退役, 住房公积金个人住房贷款购房). Check it against the list before a real launch.
 * Local practice: no city's 办事指南 was found. The steps follow the rules they rest on: 《大型群众性活动安全管理条例》
 * (a 安全许可 for 1,000 or more expected participants, decided within 7 working days of acceptance), 《道路交通安全法》
 * 第32条 (events on roads need the traffic police's consent), 《全民健身条例》第32条 (高危险性体育项目 licensed by the
 * sports department within 30 days), 城市道路占用 and 户外广告 by 城管, 临时搭建 checked by 消防. Promised limits are
 * demonstration values.
 */
import { defineTheme, source, UPLOAD, when } from '../dsl';

/** 《大型群众性活动安全管理条例》第2条: 预计参加人数在 1000 人以上 is a 大型群众性活动. */
const LARGE_EVENT_PEOPLE = 1000;
const onRoads = when.is('venue', 'road');

export const sportsEvent = defineTheme({
  id: 'sports_event',
  version: '1.0.0',
  title: '举办体育赛事活动',
  audience: 'enterprise',
  lifeEvent: 'operate',
  batch: '2024-2',
  summary:
    '举办马拉松、路跑、球赛、游泳等体育赛事活动，一次申请：赛事信息告知体育部门，人多的办大型群众性活动安全许可，上道路的办交通管制，搭台子、挂广告、用高危险性项目的审批一起办。',
  keywords: ['办比赛', '体育赛事', '赛事活动', '马拉松', '路跑', '球赛', '运动会', '大型活动', '安全许可', '大型群众性活动', '高危险性体育项目', '游泳', '攀岩'],
  promisedDays: 10,
  promiseNote: '请至少在活动前 20 个工作日申请；实地核查的时间计算在内。',
  delivery: ['window', 'electronic'],
  preconditions: ['主办或承办方是依法登记的企业、社会组织或事业单位。', '已经和场地方谈好，活动日期基本确定。'],
  subItems: [
    {
      id: 'event_notification',
      name: '体育赛事活动信息告知',
      description: '向体育部门告知赛事名称、时间、地点、规模和安全措施。',
      department: 'sport',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '赛事活动告知回执', kind: 'record', electronic: true },
    },
    {
      id: 'high_risk_licence',
      name: '高危险性体育项目经营许可',
      department: 'sport',
      legalDays: 30,
      promisedDays: 10,
      output: { name: '高危险性体育项目经营许可证', kind: 'licence' },
      byDefault: false,
    },
    {
      id: 'safety_permit',
      name: '大型群众性活动安全许可',
      department: 'police',
      legalDays: 7,
      promisedDays: 5,
      output: { name: '大型群众性活动安全许可决定书', kind: 'licence' },
      after: ['event_notification'],
      byDefault: false,
    },
    {
      id: 'road_traffic_consent',
      name: '道路上举办群众性活动交通安全审核',
      department: 'police',
      legalDays: 10,
      promisedDays: 5,
      output: { name: '交通管制方案和同意意见', kind: 'licence' },
      after: ['event_notification'],
      byDefault: false,
    },
    {
      id: 'road_occupation',
      name: '临时占用城市道路审批',
      department: 'urban',
      legalDays: 10,
      promisedDays: 3,
      output: { name: '临时占用道路许可', kind: 'licence' },
      after: ['road_traffic_consent'],
      byDefault: false,
    },
    {
      id: 'structure_fire_check',
      name: '临时搭建设施消防安全检查',
      department: 'fire',
      legalDays: 10,
      promisedDays: 3,
      output: { name: '消防安全检查意见', kind: 'notice' },
      after: ['event_notification'],
      byDefault: false,
    },
    {
      id: 'outdoor_ads',
      name: '临时户外广告设置审批',
      department: 'urban',
      legalDays: 10,
      promisedDays: 3,
      output: { name: '户外广告设置许可', kind: 'licence' },
      byDefault: false,
    },
  ],
  questions: [
    {
      id: 'venue',
      type: 'single',
      text: '活动在哪里举办？',
      options: [
        { value: 'stadium', label: '体育场馆里' },
        { value: 'road', label: '城市道路上（如马拉松、路跑、骑行）' },
        { value: 'outdoor', label: '公园、山地、水域等户外场地' },
      ],
    },
    {
      id: 'participants',
      type: 'number',
      text: '预计参加的人数（运动员加观众）有多少？',
      unit: '人',
      min: 1,
      max: 1000000,
      help: `${LARGE_EVENT_PEOPLE} 人以上的属于大型群众性活动，要办安全许可。`,
    },
    {
      id: 'high_risk',
      type: 'yesNo',
      text: '有游泳、潜水、攀岩、滑雪等高危险性体育项目吗？',
      help: '经营高危险性体育项目要有许可证和有资质的社会体育指导人员。',
    },
    { id: 'temporary_structures', type: 'yesNo', text: '要临时搭建舞台、看台或大型充气设施吗？' },
    { id: 'outdoor_ads', type: 'yesNo', text: '要在户外临时挂横幅、立广告牌吗？' },
  ],
  rules: [
    {
      id: 'large_event',
      when: when.atLeast('participants', LARGE_EVENT_PEOPLE),
      add: { subItems: ['safety_permit'], materials: ['safety_plan', 'security_contract'] },
      why: `预计 ${LARGE_EVENT_PEOPLE} 人以上，属于大型群众性活动`,
    },
    {
      id: 'on_roads',
      when: onRoads,
      add: { subItems: ['road_traffic_consent', 'road_occupation'], materials: ['route_map', 'medical_plan'] },
      why: '在城市道路上举办',
      notice: '道路上的赛事要提前向社会公告交通管制路段和时间，公告由交警部门发布。',
    },
    {
      id: 'high_risk_items',
      when: when.yes('high_risk'),
      add: { subItems: ['high_risk_licence'], materials: ['instructor_certificates'] },
      why: '有高危险性体育项目',
    },
    {
      id: 'structures',
      when: when.yes('temporary_structures'),
      add: { subItems: ['structure_fire_check'], materials: ['structure_safety_cert'] },
      why: '要临时搭建设施',
    },
    { id: 'ads', when: when.yes('outdoor_ads'), add: { subItems: ['outdoor_ads'], materials: ['ads_design'] }, why: '要设置临时户外广告' },
    {
      id: 'outdoor_nature',
      when: when.is('venue', 'outdoor'),
      why: '在户外自然场地举办',
      notice: '山地、水域等户外赛事要准备救援力量和恶劣天气的应急方案；在自然保护地、水源保护区的，还要征得管理机构同意。',
    },
  ],
  materials: [
    { id: 'business_license', name: '主办方的营业执照（法人登记证书）', neededBy: ['event_notification', 'safety_permit', 'high_risk_licence'], sources: [{ source: source.shared('business_license') }] },
    { id: 'legal_rep_id', name: '法定代表人的身份证', neededBy: ['event_notification', 'safety_permit'], sources: [{ source: source.shared('id_card') }] },
    {
      id: 'event_plan',
      name: '赛事活动方案',
      description: '名称、时间、地点、项目、规模、组织机构和竞赛规程。',
      neededBy: ['event_notification', 'safety_permit', 'road_traffic_consent'],
      sources: [{ source: source.upload(UPLOAD.pdf('盖章的赛事活动方案。')) }],
    },
    {
      id: 'venue_agreement',
      name: '场地使用协议',
      neededBy: ['event_notification', 'safety_permit'],
      sources: [
        { when: onRoads, source: source.promise('本单位承诺按交警、城管批准的路段和时间使用道路，活动结束后及时恢复原状。') },
        { source: source.upload(UPLOAD.photoOrPdf('和场地方签订的场地使用协议。', 6)) },
      ],
    },
    {
      id: 'safety_plan',
      name: '安全工作方案',
      description: '安全责任人、人员疏散、应急救援预案、消防和医疗保障。',
      neededBy: ['safety_permit'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.pdf('盖章的安全工作方案。')) }],
    },
    {
      id: 'security_contract',
      name: '保安服务合同',
      neededBy: ['safety_permit'],
      byDefault: false,
      sources: [{ source: source.promise('本单位承诺活动前与有资质的保安服务公司签订合同，并在活动 5 个工作日前补交。', 5) }],
    },
    {
      id: 'route_map',
      name: '赛事路线图',
      neededBy: ['road_traffic_consent', 'road_occupation'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('标明起终点、补给点、封闭路段的路线图。', 4)) }],
    },
    {
      id: 'medical_plan',
      name: '医疗保障方案',
      neededBy: ['road_traffic_consent'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.pdf('医疗点、救护车和急救人员的布置方案。')) }],
    },
    {
      id: 'instructor_certificates',
      name: '社会体育指导人员和救助人员的资格证书',
      neededBy: ['high_risk_licence'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('每位指导人员、救生员的资格证书。', 20)) }],
    },
    {
      id: 'structure_safety_cert',
      name: '临时搭建设施的设计和安全检测报告',
      neededBy: ['structure_fire_check'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.pdf('搭建单位出具的设计图和安全检测报告。', 3)) }],
    },
    {
      id: 'ads_design',
      name: '广告设置位置图和效果图',
      neededBy: ['outdoor_ads'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('标明位置和尺寸的效果图。', 6)) }],
    },
  ],
  form: {
    sections: [
      {
        id: 'organizer',
        title: '主办方',
        fields: [
          { id: 'enterprise_name', label: '主办单位名称', type: 'text', prefillFrom: 'enterprise.name' },
          { id: 'uscc', label: '统一社会信用代码', type: 'uscc', prefillFrom: 'enterprise.uscc' },
          { id: 'contact_name', label: '联系人', type: 'name', prefillFrom: 'person.name' },
          { id: 'contact_phone', label: '联系人手机号码', type: 'phone', prefillFrom: 'person.phone' },
        ],
      },
      {
        id: 'event',
        title: '赛事活动',
        fields: [
          { id: 'event_name', label: '赛事活动名称', type: 'text', validation: { maxLength: 60 } },
          { id: 'event_date', label: '举办日期', type: 'date', dateRange: { earliest: { daysFromToday: 7 }, latest: { monthsFromToday: 12 } } },
          { id: 'event_place', label: '举办地点', type: 'address' },
          { id: 'safety_officer', label: '安全责任人', type: 'name' },
          { id: 'safety_officer_phone', label: '安全责任人电话', type: 'phone' },
        ],
      },
    ],
  },
});
