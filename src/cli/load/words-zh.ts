/** `mpsim load` in Chinese (the interface and the English table: words.ts, words-en.ts). */
import type { LoadWords, Pace } from './words'

function pace(p: Pace): string {
  if (p.kind === 'ramp') return `${p.rate} → ${p.rampTo} 条/秒`
  if (p.kind === 'closed') return `${p.concurrency} 条消息同时在途（${p.throughput} 条/秒）`
  return `${p.rate} 条/秒`
}

export const ZH: LoadWords = {
  headline: {
    keptUp: (f) =>
      `机器人扛住了 ${pace(f.pace)}：${f.completed} 条消息 ${f.answeredShare} 得到应答，p99 ${f.p99}（微信的时限是 ${f.deadline}）。`,
    slow: (f) =>
      `在 ${pace(f.pace)} 下，机器人没有守住微信的 ${f.deadline}规则：p99 ${f.p99}，微信因此重试了 ${f.retries} 次。每个用户最终都收到了应答，但有的迟了。`,
    unavailable: (f) =>
      `在 ${pace(f.pace)} 下，${f.users} 个用户中有 ${f.usersAffected} 个（${f.usersShare}）看到了“该公众号暂时无法提供服务”：${f.causes}。`,
    unreachable: (f) =>
      `连不上机器人 ${f.botUrl}：${f.completed} 条消息没有一条得到应答（${f.causes}）。`,
    empty: (stopped) =>
      `运行${stopped ? '被停止' : '结束'}前没有一条消息得出结论，暂无可判断的数据。`,
  },
  stoppedByYou: (t) => `已提前停止（Ctrl+C）：以下数据只涵盖前 ${t}。`,
  stoppedElsewhere: (t) => `已提前停止（在应用或控制 API 中停止）：以下数据只涵盖前 ${t}。`,
  failed: (error) => `运行失败：${error}`,
  label: {
    run: '运行',
    throughput: '吞吐',
    latency: '延迟',
    outcomes: '结果',
    causes: '原因',
    retries: '重试',
    duplicates: '重复执行',
    breaking: '临界速率',
    recorded: '记录',
    next: '下一步',
    mix: '消息类型',
    notStarted: '未发出',
    generator: 'mpsim 自身',
  },
  notStarted: (n) =>
    `按速率应发的消息中有 ${n} 条没有发出：等待机器人应答的推送太多，达到了 mpsim 同时在途推送的上限（机器人远远跟不上这个速率）`,
  startLag: (p99) =>
    `消息发出得比计划晚（p99 晚 ${p99}）：这台机器本身也限制了这次运行，不只是机器人；延迟仍从计划时间算起`,
  pace,
  comma: '，',
  deadline: (ms) => (ms < 1000 ? `${ms} 毫秒` : `${Number((ms / 1000).toFixed(2))} 秒`),
  mode: { plain: '明文模式', compatible: '兼容模式', safe: '安全模式' },
  run: (p, users, mode, url) => `${p} · ${users} 个用户 · ${mode} · ${url}`,
  throughput: (perSecond, sent, settled, took) =>
    `${perSecond} 条/秒 — 已发 ${sent} 条，${took} 内得出结论 ${settled} 条`,
  latency: (p50, p95, p99, max) =>
    `p50 ${p50} · p95 ${p95} · p99 ${p99} · 最大 ${max}（从每条消息的计划发送时间到微信得出结论，含重试）`,
  outcomes: (reply, noReply, unavailable) =>
    `${reply} 条有回复 · ${noReply} 条无回复即确认（"success" 或空串）· ${unavailable} 条显示“该公众号暂时无法提供服务”`,
  causeShort: {
    timeout: (n) => `超时 ${n} 次`,
    httpError: (n) => `HTTP 错误 ${n} 次`,
    network: (n) => `连接失败 ${n} 次`,
    badReply: (n) => `回复被微信拒收 ${n} 次`,
  },
  causeLong: {
    timeout: (n, d) => `${n} 条超时：每次推送都没有在 ${d}内应答`,
    httpError: (n) => `${n} 条返回 HTTP 错误：状态码 500 或其他非 200 状态`,
    network: (n) => `${n} 条连接失败：连接被拒绝或被重置`,
    badReply: (n) => `${n} 条回复被微信拒收：XML 无法解析、ToUserName 不对、签名或加密错误等`,
  },
  retries: (n, d, late, attempts) =>
    `${n} 次：机器人 ${d}内没有应答时，微信会重新推送同一条消息（最多共 ${attempts} 次）${late === '0' ? '' : `；${late} 条消息靠重试才得到应答`}`,
  noRetries: (d) => `无：每条消息第一次推送就在 ${d}内得到应答`,
  duplicates: (n) =>
    `${n} 条消息的副作用发生了不止一次：微信重试后，机器人对同一个 MsgId 又做了一遍（例如把客服消息发了两次）`,
  noDuplicates: (retried) =>
    retried ? '未发现：没有哪次重试让机器人对同一个 MsgId 重复调用平台接口' : '无（没有发生重试）',
  breaking: (rate, d) =>
    `${rate} 条/秒：从这一秒起 p99 超过 ${d}，或有用户看到“该公众号暂时无法提供服务”`,
  heldRamp: (rampTo, d) => `无：一直到 ${rampTo} 条/秒，机器人都守住了 ${d}规则`,
  recordedAll: (n) => `${n} 条交互已写入工作区日志（可在应用的检查器中打开）`,
  recordedSample: (n, of) =>
    `${of} 条交互中有 ${n} 条写入日志：超过 --record-per-second 的速率时按比例抽样（上面的统计包含每一次推送）`,
  advice: {
    ramp: (command) => `找出它在多大速率下守不住：${command}`,
    rampHigher: (rampTo, command) =>
      `一直到 ${rampTo} 条/秒都扛住了。把速率升得更高，找出它的极限：${command}`,
    closed: (command) => `改用固定到达速率施压，看看真实流量下的表现：${command}`,
    answerFast: (d) =>
      `在 ${d}内应答：先立即回复 "success"（或空串），慢的工作放到应答之后，再用客服消息接口把结果发给用户。`,
    httpErrors:
      '到机器人自己的日志里找这些 HTTP 错误：高负载下往往是数据库连接池、限流或内存耗尽。',
    network: '机器人拒绝或断开了连接：增加工作进程或监听队列（backlog），并确认它没有在重启。',
    badReply:
      '在应用的检查器里打开一条被拒收的交互，看微信为什么拒收这条回复（mpsim send 给出同样的结论）。',
    duplicates:
      '每条消息的副作用只做一次：记下 MsgId（事件用 FromUserName + CreateTime），微信重新推送时跳过。',
    belowBreaking: (rate) =>
      `让真实的峰值保持在 ${rate} 条/秒以下，或优化处理逻辑，直到爬坡测试全程守住。`,
    unreachable: (url) => `确认机器人正在运行并监听 ${url}；mpsim verify ${url} 可以单独测试握手。`,
    stopped: '完整跑完一次才能得到完整的数据。',
  },
  progress: {
    sent: (n, of) => (of === undefined ? `已发 ${n}` : `已发 ${n}/${of}`),
    perSecond: (r) => `${r} 条/秒`,
    reply: (n) => `✓ ${n}`,
    noReply: (n) => `无回复 ${n}`,
    unavailable: (n) => `✗ 无法服务 ${n}`,
    retries: (n) => `↻ 重试 ${n}`,
    stopping: '正在停止…（再按一次 Ctrl+C 立即退出）',
  },
  wrote: (file) => `报告已写入 ${file}`,
  lostCore: (detail) => `运行中与核心失去联系：${detail}`,
}
