/**
 * WeChat's template library as mpsim ships it (docs/api-messaging.md "Templates"): a dozen
 * real-looking library entries a bot can add with template/api_add_template {template_id_short},
 * the industry table api_set_industry takes ids from, and the private templates a fresh account
 * starts with so the sample bot and users' bots can send without setup.
 *
 * Content uses the `{{key.DATA}}` placeholders get_all_private_template answers [doc]; the TM ids
 * follow the "TM00015"/"OPENTM…" shapes the doc names [doc]; titles and texts are our own examples.
 */

export interface LibraryTemplate {
  readonly shortId: string
  readonly title: string
  readonly primaryIndustry: string
  readonly deputyIndustry: string
  readonly content: string
  readonly example: string
}

export interface Industry {
  readonly id: number
  readonly firstClass: string
  readonly secondClass: string
}

/** The industry codes of the template-message doc's table (行业代码) [doc]. */
export const INDUSTRIES: readonly Industry[] = [
  [1, 'IT科技', '互联网|电子商务'],
  [2, 'IT科技', 'IT软件与服务'],
  [3, 'IT科技', 'IT硬件与设备'],
  [4, 'IT科技', '电子技术'],
  [5, 'IT科技', '通信与运营商'],
  [6, 'IT科技', '网络游戏'],
  [7, '金融业', '银行'],
  [8, '金融业', '基金理财信托'],
  [9, '金融业', '保险'],
  [10, '餐饮', '餐饮'],
  [11, '酒店旅游', '酒店'],
  [12, '酒店旅游', '旅游'],
  [13, '运输与仓储', '快递'],
  [14, '运输与仓储', '物流'],
  [15, '运输与仓储', '仓储'],
  [16, '教育', '培训'],
  [17, '教育', '院校'],
  [18, '政府与公共事业', '学术科研'],
  [19, '政府与公共事业', '交警'],
  [20, '政府与公共事业', '博物馆'],
  [21, '政府与公共事业', '公共事业非盈利机构'],
  [22, '医药护理', '医药医疗'],
  [23, '医药护理', '护理美容'],
  [24, '医药护理', '保健与卫生'],
  [25, '交通工具', '汽车相关'],
  [26, '交通工具', '摩托车相关'],
  [27, '交通工具', '火车相关'],
  [28, '交通工具', '飞机相关'],
  [29, '房地产', '建筑'],
  [30, '房地产', '物业'],
  [31, '消费品', '消费品'],
  [32, '商业服务', '法律'],
  [33, '商业服务', '会展'],
  [34, '商业服务', '中介服务'],
  [35, '商业服务', '认证'],
  [36, '商业服务', '审计'],
  [37, '文体娱乐', '传媒'],
  [38, '文体娱乐', '体育'],
  [39, '文体娱乐', '娱乐休闲'],
  [40, '印刷', '印刷'],
  [41, '其它', '其它'],
].map(([id, firstClass, secondClass]) => ({
  id: id as number,
  firstClass: firstClass as string,
  secondClass: secondClass as string,
}))

export function industryById(id: number): Industry | undefined {
  return INDUSTRIES.find((i) => i.id === id)
}

/** A fresh account's industries: IT科技/互联网|电子商务 and IT科技/IT软件与服务. */
export const DEFAULT_INDUSTRY_IDS: readonly [number, number] = [1, 2]

const lines = (...parts: string[]): string => parts.join('\n')

export const TEMPLATE_LIBRARY: readonly LibraryTemplate[] = [
  {
    shortId: 'TM00015',
    title: '订单支付成功',
    primaryIndustry: 'IT科技',
    deputyIndustry: '互联网|电子商务',
    content: lines(
      '{{first.DATA}}',
      '支付金额：{{orderMoneySum.DATA}}',
      '商品信息：{{orderProductName.DATA}}',
      '{{Remark.DATA}}',
    ),
    example: lines(
      '我们已收到您的货款，开始为您打包商品。',
      '支付金额：30.00元',
      '商品信息：我是商品名字',
      '如有问题请致电400-828-1878联系我们。',
    ),
  },
  {
    shortId: 'TM00001',
    title: '购买成功通知',
    primaryIndustry: 'IT科技',
    deputyIndustry: '互联网|电子商务',
    content: lines(
      '{{first.DATA}}',
      '商品名称：{{product.DATA}}',
      '商品价格：{{price.DATA}}',
      '购买时间：{{time.DATA}}',
      '{{remark.DATA}}',
    ),
    example: lines(
      '您好，您已购买成功。',
      '商品名称：巧克力',
      '商品价格：39.8元',
      '购买时间：2014年9月22日',
      '欢迎再次购买！',
    ),
  },
  {
    shortId: 'TM00505',
    title: '物流状态更新',
    primaryIndustry: '运输与仓储',
    deputyIndustry: '快递',
    content: lines(
      '{{first.DATA}}',
      '快递公司：{{keyword1.DATA}}',
      '运单号：{{keyword2.DATA}}',
      '当前状态：{{keyword3.DATA}}',
      '{{remark.DATA}}',
    ),
    example: lines(
      '您的包裹有新动态',
      '快递公司：顺丰速运',
      '运单号：SF1234567890',
      '当前状态：已到达深圳转运中心',
      '点击查看物流详情',
    ),
  },
  {
    shortId: 'TM00342',
    title: '预约成功通知',
    primaryIndustry: '餐饮',
    deputyIndustry: '餐饮',
    content: lines(
      '{{first.DATA}}',
      '预约门店：{{keyword1.DATA}}',
      '预约时间：{{keyword2.DATA}}',
      '人数：{{keyword3.DATA}}',
      '{{remark.DATA}}',
    ),
    example: lines(
      '您已预约成功',
      '预约门店：科技园店',
      '预约时间：2024年5月1日 18:30',
      '人数：4人',
      '请准时到店',
    ),
  },
  {
    shortId: 'TM00230',
    title: '账户余额变动提醒',
    primaryIndustry: '金融业',
    deputyIndustry: '银行',
    content: lines(
      '{{first.DATA}}',
      '变动时间：{{keyword1.DATA}}',
      '变动金额：{{keyword2.DATA}}',
      '可用余额：{{keyword3.DATA}}',
      '{{remark.DATA}}',
    ),
    example: lines(
      '您的账户余额发生变动',
      '变动时间：2024-04-25 10:00',
      '变动金额：-120.00元',
      '可用余额：880.00元',
      '如非本人操作请致电客服',
    ),
  },
  {
    shortId: 'TM00184',
    title: '课程开课提醒',
    primaryIndustry: '教育',
    deputyIndustry: '培训',
    content: lines(
      '{{first.DATA}}',
      '课程名称：{{keyword1.DATA}}',
      '上课时间：{{keyword2.DATA}}',
      '上课地点：{{keyword3.DATA}}',
      '{{remark.DATA}}',
    ),
    example: lines(
      '您报名的课程即将开课',
      '课程名称：TypeScript 入门',
      '上课时间：周六 9:00',
      '上课地点：3 号教室',
      '请提前 10 分钟到场',
    ),
  },
  {
    shortId: 'TM00827',
    title: '酒店预订确认',
    primaryIndustry: '酒店旅游',
    deputyIndustry: '酒店',
    content: lines(
      '{{first.DATA}}',
      '酒店名称：{{keyword1.DATA}}',
      '入住日期：{{keyword2.DATA}}',
      '离店日期：{{keyword3.DATA}}',
      '房型：{{keyword4.DATA}}',
      '{{remark.DATA}}',
    ),
    example: lines(
      '您的预订已确认',
      '酒店名称：海景酒店',
      '入住日期：2024-05-01',
      '离店日期：2024-05-03',
      '房型：大床房',
      '期待您的光临',
    ),
  },
  {
    shortId: 'TM00962',
    title: '服务评价提醒',
    primaryIndustry: 'IT科技',
    deputyIndustry: 'IT软件与服务',
    content: lines(
      '{{first.DATA}}',
      '服务项目：{{keyword1.DATA}}',
      '完成时间：{{keyword2.DATA}}',
      '{{remark.DATA}}',
    ),
    example: lines(
      '您的服务已完成',
      '服务项目：软件安装',
      '完成时间：2024-04-25 15:00',
      '点击为本次服务评价',
    ),
  },
  {
    shortId: 'OPENTM200605630',
    title: '会员注册成功通知',
    primaryIndustry: '消费品',
    deputyIndustry: '消费品',
    content: lines(
      '{{first.DATA}}',
      '会员卡号：{{keyword1.DATA}}',
      '注册时间：{{keyword2.DATA}}',
      '{{remark.DATA}}',
    ),
    example: lines(
      '恭喜您成为我们的会员',
      '会员卡号：88880001',
      '注册时间：2024-04-25',
      '会员可享受 9 折优惠',
    ),
  },
  {
    shortId: 'OPENTM207498902',
    title: '待办事项提醒',
    primaryIndustry: 'IT科技',
    deputyIndustry: 'IT软件与服务',
    content: lines(
      '{{first.DATA}}',
      '待办事项：{{keyword1.DATA}}',
      '截止时间：{{keyword2.DATA}}',
      '{{remark.DATA}}',
    ),
    example: lines('您有一项待办事项', '待办事项：提交周报', '截止时间：周五 18:00', '请及时处理'),
  },
  {
    shortId: 'OPENTM401202033',
    title: '退款成功通知',
    primaryIndustry: 'IT科技',
    deputyIndustry: '互联网|电子商务',
    content: lines(
      '{{first.DATA}}',
      '退款金额：{{keyword1.DATA}}',
      '退款方式：{{keyword2.DATA}}',
      '到账时间：{{keyword3.DATA}}',
      '{{remark.DATA}}',
    ),
    example: lines(
      '您的退款已处理',
      '退款金额：59.00元',
      '退款方式：原路退回',
      '到账时间：1-3 个工作日',
      '如有疑问请联系客服',
    ),
  },
  {
    shortId: 'OPENTM411999701',
    title: '验证码通知',
    primaryIndustry: 'IT科技',
    deputyIndustry: '互联网|电子商务',
    content: lines(
      '{{first.DATA}}',
      '验证码：{{keyword1.DATA}}',
      '有效期：{{keyword2.DATA}}',
      '{{remark.DATA}}',
    ),
    example: lines('您正在登录', '验证码：408326', '有效期：5 分钟', '请勿将验证码告诉他人'),
  },
]

export function libraryTemplate(shortId: string): LibraryTemplate | undefined {
  return TEMPLATE_LIBRARY.find((t) => t.shortId === shortId)
}

/** What a fresh account already has added (short ids; their template ids are fixed per account). */
export const SEEDED_SHORT_IDS: readonly string[] = ['TM00015', 'TM00505', 'OPENTM207498902']

/** A private account holds at most 25 templates [doc]; one more answers 45026 [wire]. */
export const MAX_PRIVATE_TEMPLATES = 25
