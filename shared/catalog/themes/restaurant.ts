import { defineTheme, source, UPLOAD, when } from '../dsl';

/**
 * Fire check threshold: many places exempt small restaurants (营业面积 < 300 m²) from the pre-opening check
 * of 公众聚集场所. A city with another threshold overrides rule `fire_check_by_area` in its overlay.
 */
const FIRE_CHECK_AREA = 300;

export const restaurant = defineTheme({
  id: 'restaurant',
  version: '1.0.0',
  title: '开办餐饮店',
  audience: 'enterprise',
  lifeEvent: 'start_business',
  batch: '2024-1',
  summary:
    '开一家饭店、小吃店或奶茶店要办的手续一次申请：营业执照、食品经营许可、刻章、税务和发票；需要的话一起办户外招牌、消防安全检查和卖烟的许可。',
  keywords: ['开饭店', '开餐馆', '开店', '餐饮', '小吃店', '奶茶店', '饮品店', '食品经营许可', '营业执照', '个体户', '户外招牌', '消防检查', '烟草许可', '卖烟'],
  promisedDays: 5,
  delivery: ['window', 'ems', 'electronic'],
  preconditions: ['已经找好店面，能提供店面的产权或租赁证明。', '店面符合规划用途，不在住宅楼内（具体以当地规定为准）。'],
  subItems: [
    {
      id: 'business_license',
      name: '营业执照（设立登记）',
      department: 'samr',
      legalDays: 3,
      promisedDays: 1,
      output: { name: '营业执照', kind: 'licence', electronic: true },
    },
    {
      id: 'seal_engraving',
      name: '公章刻制备案',
      department: 'police',
      legalDays: 1,
      promisedDays: 1,
      output: { name: '公章', kind: 'record' },
      after: ['business_license'],
    },
    {
      id: 'tax_registration',
      name: '新办纳税人涉税事项（税务信息确认、发票申领）',
      department: 'tax',
      legalDays: 1,
      promisedDays: 1,
      output: { name: '税务信息确认和发票', kind: 'registration', electronic: true },
      after: ['business_license'],
    },
    {
      id: 'food_business_license',
      name: '食品经营许可',
      department: 'samr',
      legalDays: 10,
      promisedDays: 3,
      output: { name: '食品经营许可证', kind: 'licence', electronic: true },
      after: ['business_license'],
    },
    {
      id: 'fire_safety_check',
      name: '公众聚集场所投入使用、营业前消防安全检查',
      department: 'fire',
      legalDays: 10,
      promisedDays: 3,
      output: { name: '公众聚集场所投入使用、营业前消防安全检查合格证', kind: 'licence' },
      after: ['business_license'],
      byDefault: false,
    },
    {
      id: 'signboard_approval',
      name: '户外招牌设置',
      department: 'urban',
      legalDays: 5,
      promisedDays: 3,
      output: { name: '户外招牌设置意见书', kind: 'licence' },
      byDefault: false,
    },
    {
      id: 'tobacco_license',
      name: '烟草专卖零售许可',
      department: 'tobacco',
      legalDays: 20,
      promisedDays: 4,
      output: { name: '烟草专卖零售许可证', kind: 'licence' },
      after: ['business_license'],
      byDefault: false,
    },
  ],
  questions: [
    {
      id: 'entity_type',
      type: 'single',
      text: '您打算用哪种身份开店？',
      help: '个体工商户手续简单，适合夫妻店、小店；公司适合合伙经营或规模较大的店。',
      options: [
        { value: 'individual', label: '个体工商户' },
        { value: 'company', label: '公司' },
      ],
    },
    {
      id: 'premises',
      type: 'single',
      text: '店面是自己的房子，还是租的？',
      options: [
        { value: 'owned', label: '自己的房子' },
        { value: 'rented', label: '租的' },
      ],
    },
    { id: 'hot_food', type: 'yesNo', text: '要做炒菜、油炸、烧烤这些会有油烟的食物吗？' },
    {
      id: 'food_kinds',
      type: 'multiple',
      text: '下面这些您也要卖吗？（可以多选，都不卖就直接点下一步）',
      help: '这几类食品要在单独的专间或专用区域里做，要交布局图。',
      options: [
        { value: 'cold', label: '凉菜、卤味等冷食' },
        { value: 'raw', label: '生鱼片等生食' },
        { value: 'drinks', label: '奶茶、现榨果汁等自制饮品' },
      ],
    },
    { id: 'floor_area', type: 'number', text: '店面的营业面积大约多少平方米？', unit: '平方米', min: 1, max: 100000 },
    {
      id: 'fire_promise',
      type: 'yesNo',
      text: '消防安全检查选择“告知承诺”方式办理吗？',
      help: '选择承诺的，签字承诺店里符合消防安全要求，就可以先拿到许可，消防部门之后上门核查；不选的，要先交材料、等消防部门检查。',
      askWhen: when.atLeast('floor_area', FIRE_CHECK_AREA),
    },
    { id: 'signboard', type: 'yesNo', text: '店门口要装户外招牌吗？' },
    { id: 'tobacco', type: 'yesNo', text: '店里要卖香烟吗？' },
    {
      id: 'near_school',
      type: 'yesNo',
      text: '店附近（一般是 50 米以内）有中小学或幼儿园吗？',
      help: '学校、幼儿园周边不能卖烟，具体距离以当地规定为准。',
      askWhen: when.yes('tobacco'),
    },
  ],
  rules: [
    {
      id: 'individual_business',
      when: when.is('entity_type', 'individual'),
      remove: { subItems: ['seal_engraving'], materials: ['articles_of_association'] },
      why: '个体工商户不需要公司章程，也可以不刻公章',
    },
    { id: 'hot_food_fumes', when: when.yes('hot_food'), add: { materials: ['fume_purifier_proof'] }, why: '做有油烟的热食，需要安装油烟净化设施' },
    {
      id: 'dedicated_rooms',
      when: when.hasAny('food_kinds', ['cold', 'raw', 'drinks']),
      add: { materials: ['dedicated_room_layout'] },
      why: '卖冷食、生食或自制饮品，要有专间或专用操作区',
    },
    {
      id: 'fire_check_by_area',
      when: when.atLeast('floor_area', FIRE_CHECK_AREA),
      add: { subItems: ['fire_safety_check'] },
      why: `营业面积在 ${FIRE_CHECK_AREA} 平方米及以上，开业前要做消防安全检查`,
    },
    { id: 'outdoor_signboard', when: when.yes('signboard'), add: { subItems: ['signboard_approval'] }, why: '您要设置户外招牌' },
    {
      id: 'sell_tobacco',
      when: when.all(when.yes('tobacco'), when.no('near_school')),
      add: { subItems: ['tobacco_license'] },
      why: '您要卖香烟',
    },
    {
      id: 'tobacco_near_school',
      when: when.all(when.yes('tobacco'), when.yes('near_school')),
      why: '店附近有中小学或幼儿园',
      notice: '中小学、幼儿园周边不能开设卷烟零售点，烟草专卖零售许可这次不能办理。',
    },
  ],
  materials: [
    {
      id: 'operator_id_card',
      name: '经营者（法定代表人）的身份证',
      neededBy: ['business_license', 'food_business_license', 'tobacco_license'],
      sources: [{ source: source.shared('id_card') }],
    },
    {
      id: 'articles_of_association',
      name: '公司章程',
      description: '可以用系统提供的章程范本在线生成，全体股东签字。',
      neededBy: ['business_license'],
      sources: [{ source: source.upload(UPLOAD.pdf('全体股东签字后的公司章程 PDF。')) }],
    },
    {
      id: 'premises_proof',
      name: '店面的使用证明',
      neededBy: ['business_license', 'food_business_license', 'tobacco_license'],
      sources: [
        { when: when.is('premises', 'owned'), source: source.shared('real_estate_cert') },
        { source: source.upload(UPLOAD.photoOrPdf('租赁合同全部页，以及房东的不动产权证书。', 10)) },
      ],
    },
    {
      id: 'new_business_license',
      name: '营业执照',
      neededBy: ['seal_engraving', 'tax_registration', 'food_business_license', 'fire_safety_check', 'tobacco_license'],
      sources: [{ source: source.internal('business_license') }, { source: source.shared('business_license') }],
    },
    {
      id: 'site_layout',
      name: '店面平面图和设备布局图',
      description: '标出厨房、仓库、就餐区和主要设备的位置，手绘也可以。',
      neededBy: ['food_business_license'],
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('平面图和设备布局图，标清楚各区域。')) }],
    },
    {
      id: 'food_safety_system',
      name: '食品安全管理制度和食品安全管理人员',
      neededBy: ['food_business_license'],
      sources: [
        {
          source: source.promise(
            '本人承诺已建立食品安全管理制度、配备食品安全管理人员，开业前落实到位；如与承诺不符，愿意接受依法撤销许可等处理。',
          ),
        },
      ],
    },
    {
      id: 'health_certificates',
      name: '从业人员健康证明',
      neededBy: ['food_business_license'],
      sources: [{ source: source.promise('本人承诺所有接触直接入口食品的从业人员取得健康证明后再上岗，并在规定期限内补交健康证明。', 20) }],
      sensitive: ['health'],
    },
    {
      id: 'fume_purifier_proof',
      name: '油烟净化设施的购买或安装证明',
      neededBy: ['food_business_license'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('油烟净化器的购买发票或安装照片，以及排烟管道的走向说明。', 5)) }],
    },
    {
      id: 'dedicated_room_layout',
      name: '专间或专用操作区的布局图',
      neededBy: ['food_business_license'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('标出专间（或专用操作区）的位置、面积和消毒、冷藏设施。')) }],
    },
    {
      id: 'fire_safety_materials',
      name: '消防安全材料',
      description: '消防安全制度、员工消防培训记录、疏散示意图和消防设施检测报告。',
      neededBy: ['fire_safety_check'],
      sources: [
        {
          when: when.yes('fire_promise'),
          source: source.promise(
            '本单位承诺场所符合消防技术标准和管理规定，已建立消防安全制度、组织员工消防培训；如与承诺不符，愿意接受依法撤销许可等处理。',
          ),
        },
        { source: source.upload(UPLOAD.photoOrPdf('消防安全制度、培训记录、疏散示意图、消防设施检测报告。', 10)) },
      ],
    },
    {
      id: 'signboard_design',
      name: '招牌效果图和安装位置照片',
      neededBy: ['signboard_approval'],
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('招牌的效果图（写明尺寸、材料）和店门口现场照片。', 5)) }],
    },
  ],
  form: {
    sections: [
      {
        id: 'operator',
        title: '经营者（法定代表人）',
        fields: [
          { id: 'operator_name', label: '姓名', type: 'name', prefillFrom: 'person.name' },
          { id: 'operator_id_number', label: '身份证号码', type: 'idNumber', prefillFrom: 'person.idNumber' },
          { id: 'operator_phone', label: '手机号码', type: 'phone', prefillFrom: 'person.phone' },
        ],
      },
      {
        id: 'shop',
        title: '店铺信息',
        fields: [
          { id: 'shop_name', label: '店名（字号）', type: 'text', help: '如“赵记”，系统会帮您查重。', validation: { minLength: 2, maxLength: 20 } },
          { id: 'shop_address', label: '店面地址', type: 'address' },
          {
            id: 'shop_kind',
            label: '经营类型',
            type: 'select',
            options: [
              { value: 'restaurant', label: '餐馆' },
              { value: 'snack', label: '小吃店、快餐店' },
              { value: 'drinks', label: '饮品店' },
              { value: 'canteen', label: '单位食堂' },
            ],
          },
          { id: 'registered_capital', label: '注册资本', type: 'number', unit: '万元', askWhen: when.is('entity_type', 'company'), validation: { min: 0.01, max: 100000 } },
          { id: 'staff_count', label: '从业人员人数', type: 'number', unit: '人', validation: { min: 1, max: 10000 } },
        ],
      },
      {
        id: 'signboard',
        title: '户外招牌',
        askWhen: when.yes('signboard'),
        fields: [
          { id: 'signboard_text', label: '招牌上的文字', type: 'text', validation: { maxLength: 30 } },
          { id: 'signboard_area', label: '招牌面积', type: 'number', unit: '平方米', validation: { min: 0.1, max: 200 } },
        ],
      },
    ],
  },
});
