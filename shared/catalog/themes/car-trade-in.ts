/**
 * 汽车以旧换新补贴申请 — 2025 first national batch.
 *
 * National list: 国务院办公厅关于印发《"高效办成一件事"2025年度第一批重点事项清单》的通知（国办函〔2025〕3号, as cited
 * by 汕府办函〔2025〕60号); that this item belongs to the 2025 work is from 四川省人民政府办公厅《2025年四川省优化政务
 * 服务提升行政效能工作要点》（川办发〔2025〕3号, 2025-01-26), which lists "汽车以旧换新补贴申请" among the year's
 * 一件事. The list's own text was not found in the reference corpus.
 * Practice followed: 报废更新 (scrap the old car at a 报废机动车回收拆解企业, which hands over the 报废机动车回收证明; the
 * 车管所 cancels the registration) or 置换更新 (sell the old car: 转移登记); then the new car is registered and the
 * 商务部门 reviews the claim and pays it to the applicant's own bank card. Amounts and eligible old cars change
 * every year and differ by city (置换 standards are local): the questions ask about the rule, the notices point to
 * the city's published 实施细则 rather than hard-coding figures. No city's 办事指南 was found, so no overlay.
 */
import { defineTheme, source, UPLOAD, when } from '../dsl';

const scrap = when.is('trade_mode', 'scrap');
const replace = when.is('trade_mode', 'replace');

export const carTradeIn = defineTheme({
  id: 'car_trade_in',
  version: '1.0.0',
  title: '汽车以旧换新补贴申请',
  audience: 'person',
  lifeEvent: 'vehicle',
  batch: '2025-1',
  summary:
    '旧车报废或者卖掉、再买一辆新车的，一次申请：旧车注销或过户、新车上牌、车辆购置税和以旧换新补贴一起办，补贴直接发到您本人的银行卡上。',
  keywords: ['以旧换新', '汽车以旧换新', '旧车换新车', '换车补贴', '买车补贴', '报废补贴', '报废旧车', '汽车报废', '置换补贴', '新车上牌', '上牌', '车补', '换车', '卖旧车买新车'],
  promisedDays: 12,
  promiseNote: '补贴审核通过后，资金由财政部门拨付到账的时间不计算在内。',
  delivery: ['window', 'ems', 'electronic'],
  preconditions: ['旧车和新车都登记在申请人本人名下。', '新车是在补贴活动期间购买的乘用车，并在本市上牌。'],
  subItems: [
    {
      id: 'old_car_deregistration',
      name: '旧车报废注销登记',
      description: '报废机动车回收企业收车后，车管所注销旧车的登记。',
      department: 'police',
      legalDays: 1,
      promisedDays: 1,
      output: { name: '机动车注销证明', kind: 'certificate' },
      byDefault: false,
    },
    {
      id: 'old_car_transfer',
      name: '旧车转移登记（过户）',
      department: 'police',
      legalDays: 1,
      promisedDays: 1,
      output: { name: '机动车转移登记记录', kind: 'registration' },
      byDefault: false,
    },
    {
      id: 'purchase_tax',
      name: '车辆购置税申报',
      description: '新能源车按规定减免，燃油车按发票金额计税。',
      department: 'tax',
      legalDays: 1,
      promisedDays: 0,
      output: { name: '车辆购置税完税（免税）信息', kind: 'payment', electronic: true },
    },
    {
      id: 'new_car_registration',
      name: '新车注册登记（上牌）',
      department: 'police',
      legalDays: 2,
      promisedDays: 1,
      output: { name: '机动车行驶证和号牌', kind: 'registration' },
      after: ['purchase_tax'],
    },
    {
      id: 'subsidy_review',
      name: '以旧换新补贴审核发放',
      department: 'commerce',
      legalDays: 15,
      promisedDays: 10,
      output: { name: '以旧换新补贴', kind: 'benefit' },
      after: ['old_car_deregistration', 'old_car_transfer', 'new_car_registration'],
    },
  ],
  questions: [
    {
      id: 'trade_mode',
      type: 'single',
      text: '旧车怎么处理？',
      options: [
        { value: 'scrap', label: '报废旧车，再买新车（报废更新）' },
        { value: 'replace', label: '卖掉旧车，再买新车（置换更新）' },
      ],
    },
    {
      id: 'old_car_kind',
      type: 'single',
      text: '要报废的旧车是哪种？',
      help: '以本市公布的当年补贴细则为准，拿不准可以选"不清楚"，窗口会帮您核实。',
      askWhen: scrap,
      options: [
        { value: 'fuel_eligible', label: '国四及以下排放标准的燃油车' },
        { value: 'nev_eligible', label: '较早登记的新能源车（按当年细则规定的登记日期）' },
        { value: 'other', label: '都不是' },
        { value: 'unsure', label: '不清楚' },
      ],
    },
    { id: 'old_in_own_name', type: 'yesNo', text: '旧车是登记在您本人名下的吗？' },
    {
      id: 'new_car_energy',
      type: 'single',
      text: '新买的是哪种车？',
      options: [
        { value: 'nev', label: '新能源乘用车（纯电、插电混动、增程）' },
        { value: 'fuel', label: '燃油乘用车' },
      ],
    },
    { id: 'new_car_registered', type: 'yesNo', text: '新车已经上好牌了吗？', help: '还没上牌的，上牌和购置税在这里一起办。' },
  ],
  rules: [
    {
      id: 'scrap_old_car',
      when: scrap,
      add: { subItems: ['old_car_deregistration'], materials: ['scrap_certificate', 'deregistration_proof'] },
      why: '旧车报废',
      notice: '旧车要先交给有资质的报废机动车回收拆解企业，拿到《报废机动车回收证明》；回收企业可以代您申请注销登记。',
    },
    {
      id: 'replace_old_car',
      when: replace,
      add: { subItems: ['old_car_transfer'], materials: ['used_car_invoice', 'transfer_proof'] },
      why: '旧车卖掉了',
    },
    {
      id: 'old_car_not_eligible',
      when: when.is('old_car_kind', 'other'),
      remove: { subItems: ['subsidy_review'] },
      why: '旧车不在报废更新补贴范围内',
      notice: '这辆旧车不在报废更新补贴范围内，旧车注销和新车上牌照常办理；可以咨询窗口能否按置换更新申请。',
    },
    {
      id: 'old_car_unsure',
      when: when.is('old_car_kind', 'unsure'),
      why: '不清楚旧车是否符合条件',
      notice: '窗口会按旧车的登记信息核实是否符合报废更新条件，不符合的会告诉您原因。',
    },
    {
      id: 'not_own_name',
      when: when.no('old_in_own_name'),
      remove: { subItems: ['subsidy_review'] },
      why: '旧车不在您本人名下',
      notice: '以旧换新补贴只发给旧车登记在本人名下的车主，旧车注销或过户、新车上牌照常办理。',
    },
    {
      id: 'nev_purchase',
      when: when.is('new_car_energy', 'nev'),
      why: '新车是新能源车',
      notice: '新能源车的补贴标准比燃油车高，车辆购置税按国家规定减免；车型要在《减免车辆购置税的新能源汽车车型目录》里。',
    },
    {
      id: 'already_registered',
      when: when.yes('new_car_registered'),
      remove: { subItems: ['purchase_tax', 'new_car_registration'] },
      why: '新车已经上牌',
    },
  ],
  materials: [
    {
      id: 'owner_id',
      name: '车主的身份证',
      neededBy: ['old_car_deregistration', 'old_car_transfer', 'purchase_tax', 'new_car_registration', 'subsidy_review'],
      sources: [{ source: source.shared('id_card') }],
    },
    {
      id: 'old_vehicle_cert',
      name: '旧车的机动车登记证书',
      neededBy: ['old_car_deregistration', 'old_car_transfer'],
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('登记证书有登记记录的各页。', 6)) }],
    },
    {
      id: 'scrap_certificate',
      name: '报废机动车回收证明',
      description: '报废机动车回收拆解企业收车时开具。',
      neededBy: ['old_car_deregistration', 'subsidy_review'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('回收证明全页，看清企业盖章和车辆识别代号。')) }],
    },
    {
      id: 'used_car_invoice',
      name: '二手车销售统一发票',
      neededBy: ['old_car_transfer', 'subsidy_review'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('二手车交易市场或经销企业开具的发票。')) }],
    },
    {
      id: 'new_car_invoice',
      name: '新车的机动车销售统一发票',
      neededBy: ['purchase_tax', 'new_car_registration', 'subsidy_review'],
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('发票联；电子发票直接上传 PDF。')) }],
    },
    {
      id: 'new_car_certificate',
      name: '新车的车辆合格证',
      neededBy: ['purchase_tax', 'new_car_registration'],
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('合格证正面。')) }],
    },
    {
      id: 'compulsory_insurance',
      name: '新车的交强险保单',
      neededBy: ['new_car_registration'],
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('交强险保单或电子保单。')) }],
    },
    {
      id: 'deregistration_proof',
      name: '旧车注销证明',
      neededBy: ['subsidy_review'],
      byDefault: false,
      sources: [{ source: source.internal('old_car_deregistration') }, { source: source.upload(UPLOAD.photoOrPdf('车管所出具的机动车注销证明书。')) }],
    },
    {
      id: 'transfer_proof',
      name: '旧车转出登记记录',
      neededBy: ['subsidy_review'],
      byDefault: false,
      sources: [{ source: source.internal('old_car_transfer') }, { source: source.upload(UPLOAD.photoOrPdf('登记证书上的转移登记页。')) }],
    },
    {
      id: 'new_car_licence',
      name: '新车的机动车行驶证',
      neededBy: ['subsidy_review'],
      sources: [
        { source: source.internal('new_car_registration') },
        { source: source.upload(UPLOAD.photoOrPdf('行驶证主页和副页。', 2)) },
      ],
    },
    {
      id: 'bank_card',
      name: '本人的银行卡',
      description: '补贴发到这张卡上，必须是车主本人的卡。',
      neededBy: ['subsidy_review'],
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('拍银行卡正面，能看清卡号和开户银行即可。', 1)) }],
      sensitive: ['bank_card'],
    },
  ],
  form: {
    sections: [
      {
        id: 'owner',
        title: '车主',
        fields: [
          { id: 'owner_name', label: '姓名', type: 'name', prefillFrom: 'person.name' },
          { id: 'owner_id_number', label: '身份证号码', type: 'idNumber', prefillFrom: 'person.idNumber' },
          { id: 'owner_phone', label: '手机号码', type: 'phone', prefillFrom: 'person.phone' },
        ],
      },
      {
        id: 'cars',
        title: '旧车和新车',
        fields: [
          { id: 'old_plate', label: '旧车号牌号码', type: 'text', placeholder: '如：粤B12345', validation: { maxLength: 10 } },
          { id: 'new_vin', label: '新车车辆识别代号（车架号）', type: 'text', validation: { pattern: '^[A-HJ-NPR-Z0-9]{17}$', patternMessage: '车架号是 17 位，由数字和大写字母组成（没有 I、O、Q）' } },
          { id: 'new_plate', label: '新车号牌号码', type: 'text', askWhen: when.yes('new_car_registered'), validation: { maxLength: 10 } },
        ],
      },
      {
        id: 'payment',
        title: '补贴发放',
        fields: [
          { id: 'bank_account', label: '本人银行卡号', type: 'bankCard', neededBy: ['subsidy_review'], sensitive: ['bank_card'] },
          { id: 'bank_name', label: '开户银行', type: 'text', neededBy: ['subsidy_review'], placeholder: '如：中国建设银行深圳福田支行' },
        ],
      },
    ],
  },
});
