// 解析器的全部中文用语：为何没有找到错误、说明与提醒、凭证泄露提醒，以及工单说明、事件摘要、CSV 和分享摘要。
import { chineseCatalogText } from '../../catalog/zh/text.ts';
import type { DecoderText } from './decoderText.ts';

const list = (items: readonly string[], last: 'and' | 'or') =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join('、')}${last === 'and' ? '和' : '或'}${items.at(-1)}`;

export const chineseDecoderText: DecoderText = {
  catalog: chineseCatalogText,
  list,
  refusal: {
    tooLarge: (megabytes) => `输入有 ${megabytes} MB；解析器最多读取 20 MB。`,
    tooLargeHint: '请把日志裁剪到错误附近的部分（可用 grep 查找 RequestId 或 Code），再试一次。',
    empty: '输入为空。',
    emptyHint: '请粘贴错误响应体、SDK 异常、CLI 输出或一行日志。',
    malformedHint: '请确认整段响应体都已复制，再重新粘贴。',
    jsonWithoutError: '这看起来是 JSON，但没有 Code、ErrorCode、Message 或 Recommend 字段。',
    jsonWithoutErrorHint: 'KMS 的错误响应体含有 "Code"（或 "ErrorCode"）字段；成功的响应只有数据。',
    xmlWithoutError: '这看起来是 XML，但没有 Code 或 Message 元素。',
    xmlWithoutErrorHint: 'XML 格式的 KMS 错误响应体在根元素下有 <Code> 和 <Message> 元素。',
    nothing: '文本中没有找到 KMS 错误码、文档中的错误消息、RequestId 或 HTTP 状态码。',
    nothingHint: '请粘贴完整的错误：响应体、带消息的 SDK 异常，或那一行日志。',
  },
  notes: {
    readerNames: { json: 'JSON 响应体', xml: 'XML 响应体', fields: '字段行', text: '文本行' },
    readerFailed: (reader, message) => `解析器无法读取这段文本中的${reader}：${message}`,
    xmlMalformed: (line, message) => `XML 在第 ${line} 行格式有误：${message}`,
    xmlUnreadable: (line, message) => `第 ${line} 行的 XML 无法读取：${message}`,
  },
  warnings: {
    alias: (code, canonical) => `“${code}”是文档中出现过的错误拼写，正确的错误码是 ${canonical}。`,
    otherCase: (code, canonical) => `“${code}”与文档中的 ${canonical} 只有大小写或空格不同。`,
    instanceCode: (code, meant) => `“${code}”是 KMS 实例 API 的错误码；配合这条消息，它表示 ${meant}。`,
    sdkReports: (code, canonical) => `“${code}”是 SDK 报告 ${canonical} 的方式。`,
    sdkClientSide: (code) =>
      `“${code}”由 SDK 自身抛出，而非 KMS：这次调用没有收到 KMS 的应答（网络、超时、接入地址或凭证配置问题）。`,
    notInCatalog: (code) => `“${code}”不在目录中。`,
    family: (label, explanation) => `${label} 类错误码：${explanation}`,
    mayBeMisspelling: (code) => `它可能是 ${code} 的错误拼写——这条消息正是 ${code} 在文档中的消息。`,
    messageDocumentedFor: (codes) => `文档中这条消息属于 ${codes}。`,
    didYouMean: (code) => `你要找的是不是 ${code}？这只是根据拼写的猜测。`,
    noCodeSharedWording: (codes) => `文本中没有错误码，而文档中这句消息属于 ${codes}。`,
    noCodeResembles: (code) => `文本中没有错误码；这条消息只是与 ${code} 在文档中的消息相似。`,
    statusDisagrees: (seen, code, documented) =>
      `文本显示 HTTP ${seen}，但文档中 ${code} 对应的是 ${documented}。`,
    messageForOther: (codes, code) => `文档中这条消息属于 ${codes}，而不是 ${code}。`,
    operationDoesNotList: (operation, code, others) =>
      `${operation} 的 API 文档没有列出 ${code}（另有 ${others} 个操作列出了它）：请确认这个错误确实来自 ${operation}。`,
  },
  secrets: {
    advice: {
      'accesskey-secret': {
        what: 'AccessKey Secret',
        advice:
          '请视为已泄露：在 RAM 中为该用户创建新的 AccessKey，把应用切换过去，再禁用并删除旧的 AccessKey。',
      },
      'private-key': {
        what: '私钥',
        advice:
          '请视为已泄露：更换密钥对。若是 KMS 的应用身份凭证（ClientKey），请为应用接入点创建新的应用身份凭证，并删除旧的应用身份凭证。',
      },
      'key-material': {
        what: 'KMS 返回的密钥材料（明文数据密钥或导出的数据密钥）',
        advice: '持有这段文本的人可以解密该数据密钥所保护的数据：请生成新的数据密钥，并重新加密这些数据。',
      },
      'security-token': {
        what: 'STS 安全令牌',
        advice: '请视为已泄露：配合其临时 AccessKey，它在过期前一直有效。',
      },
      'secret-value': {
        what: '凭据值',
        advice: '请视为已泄露：更换它。若是 KMS 凭据，请用 PutSecretValue 或 RotateSecret 存入新版本。',
      },
      password: {
        what: '密码',
        advice: '请视为已泄露：在所有使用它的地方更换。',
      },
      credential: {
        what: '令牌或凭证',
        advice: '请视为已泄露：吊销或轮转它。',
      },
      'accesskey-secret-like': {
        what: '疑似 AccessKey Secret 的内容（30 位字母和数字）',
        advice: '如果确实是，请视为已泄露，并在 RAM 中轮转该 AccessKey。',
      },
    },
    identifiers: {
      signature: '请求签名',
      'accesskey-id': 'AccessKey ID',
      'account-id': '账号 ID',
    },
    headline: (what) => `这段文本包含${what}。`,
    identifiersNote: (names) =>
      `这段文本包含${names}：它们本身不是机密，但在你复制、下载或分享的任何内容中都会被遮盖。`,
  },
  report: {
    line: (line) => `第 ${line.toLocaleString('en')} 行`,
    incidentHeading: (total, codes, window) =>
      `KMS 错误：共 ${total.toLocaleString('en')} 个，${codes} 种错误码${window}`,
    incidentWindow: (from, to) => `，${from} 至 ${to}`,
    incidentRow: (count, code, status, actor, from, to) =>
      `- ${count.toLocaleString('en')} × ${code}（${status}，${actor}），${from} 至 ${to}`,
    status: (statuses) => (statuses.length > 0 ? `HTTP ${statuses.join('/')}` : '无 HTTP 状态码'),
    notInCatalog: '不在目录中',
    csvHeaders: [
      '错误码',
      'HTTP 状态码',
      '由谁处理',
      '时间',
      '行号',
      'RequestId',
      'HostId',
      '地域',
      'API 操作',
      '错误信息',
      '匹配方式',
    ],
    ticket: {
      error: (code, status) => `KMS 错误：${code}${status ? `（HTTP ${status}）` : ''}`,
      matched: (match, confidence) => `匹配方式：${match}，置信度 ${Math.round(confidence * 100)}%`,
      notMatched: (suggestions) =>
        `未匹配到目录中的错误码${suggestions.length ? `；仅供参考的猜测：${suggestions.join('、')}` : ''}`,
      unknown: '未知',
      labels: {
        statusSeen: '实际 HTTP 状态码',
        requestId: 'RequestId',
        hostId: 'HostId',
        time: '时间',
        param: '参数',
        operation: 'API 操作',
        whoActs: '由谁处理',
        meaning: '含义',
        nextStep: '下一步',
        note: '注意',
        reference: '参考',
      },
    },
  },
  share: {
    summaryHeading: (total, size) =>
      `一份 ${size} 的日志中有 ${total.toLocaleString('en')} 个 KMS 错误，按错误码统计（仅含错误码和次数）：`,
    moreCodes: (count) => `……另有 ${count} 种错误码`,
  },
};
