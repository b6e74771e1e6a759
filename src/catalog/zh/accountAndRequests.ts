import type { accountAndRequestsFacts } from '../facts/accountAndRequests.ts';
import type { CodeOf, GuidanceZh } from '../types.ts';

/** 中文说明：../facts/accountAndRequests.ts 中每个错误码的含义与处理。 */
export const accountAndRequestsZh: Readonly<Record<CodeOf<typeof accountAndRequestsFacts>, GuidanceZh>> = {
  'Forbidden.UbsmsInvalidUserid': {
    meaning:
      'KMS 拒绝了调用，因为一项后台校验认为调用账号的用户 ID 无效（“Userid Invalid For Ubsms.”）。阿里云没有说明 UBSMS 是什么，也没有说明什么情况下会返回此错误码。',
    causes: [
      '文档未说明。可能是账号所处的状态无法使用 KMS，例如尚未完成设置、已被停用或已注销。',
      '也可能凭证属于其他账号，而不是预期的那个，例如一个旧的测试账号。',
    ],
    fixes: [
      '用 STS 的 GetCallerIdentity 确认凭证所属的账号。',
      '请账号所有者用 DescribeAccountKmsStatus 查看账号的 KMS 状态（AccountStatus 为 Enabled、NotEnabled、InDebt 或 Suspended），并在控制台检查账号本身。',
      '如果一切正常，提交工单并附上 RequestId：账号侧的拒绝，改请求是解决不了的。',
    ],
    terms: ['用户ID无效', 'UBSMS', '账号状态异常', '账号无效', 'Userid无效'],
  },
  'Forbidden.UbsmsInvalidBid': {
    meaning:
      '从错误信息“Your account partner does not have KMS Service.”看，该账号由阿里云合作伙伴管理，而合作伙伴提供的服务中不含 KMS。除这条错误信息外，阿里云没有更多说明。',
    causes: [
      '账号是通过分销商或合作伙伴渠道开通的，而从错误信息看，该渠道不提供 KMS。',
      '合作伙伴尚未为这个由其管理的账号安排 KMS 服务。',
    ],
    fixes: [
      '请账号所有者联系合作伙伴（分销商），为该账号开放 KMS。',
      '用 STS 的 GetCallerIdentity 确认账号，并用 DescribeAccountKmsStatus 查看其 KMS 状态。',
      '如果不清楚合作伙伴是谁，提交工单并附上 RequestId。',
    ],
    avoid: '不要图省事把应用切换到其他账号下的密钥：已有的密文只能由生成它的密钥解密。',
    terms: ['合作伙伴不提供KMS', '合作伙伴账号', '分销账号', '渠道账号', '代理商账号'],
  },
  'Forbidden.KmsServiceNotEnabled': {
    meaning: '当前阿里云账号尚未开通密钥管理服务（KMS），开通之前所有 KMS 调用都会失败。',
    causes: [
      '新账号，或新环境使用的账号，还没有人开通 KMS。',
      '凭证所属的账号并不是开通了 KMS 的那个账号。',
      '尝试过开通但没有成功，例如账号未完成实名认证（此时 OpenKmsService 返回 Forbidden.NoRealNameAuthentication）。',
    ],
    fixes: [
      '调用 DescribeAccountKmsStatus 查看状态：AccountStatus 为 NotEnabled 表示未开通 KMS（其他取值为 Enabled、InDebt 和 Suspended）。',
      '请账号所有者先完成实名认证，再在控制台的开通页面或通过 OpenKmsService 开通 KMS。每个账号只需开通一次，KMS 是收费服务；返回 Forbidden.Opened 说明已经开通。',
      '用 STS 的 GetCallerIdentity 确认凭证所属的账号。',
      '开通后，确认 RAM 用户和 RAM 角色已被授予所调用 KMS 操作的权限策略。',
    ],
    avoid: '不要为了让应用自行开通服务而给它的 RAM 用户授予宽泛的权限；开通是账号级的一次性操作。',
    terms: ['未开通KMS', 'KMS未开通', '服务未开通', '开通KMS', '开通密钥管理服务'],
  },
  'Forbidden.ProhibitedByRiskControl': {
    meaning:
      '阿里云风控限制了该账号或用户，KMS 因此拒绝其调用。除错误信息“Current user is Prohibited By Risk Control.”外，文档没有更多说明。',
    causes: [
      '文档未说明。可能是账号上的活动被判定为有风险，例如疑似凭证泄露或滥用。',
      '也可能有尚未完成的账号验证或合规检查。',
    ],
    fixes: [
      '请账号所有者在控制台、站内信和邮件中查找限制通知及其原因。',
      '提交工单并附上 RequestId，了解限制原因以及如何解除。',
      '如果怀疑凭证泄露，轮转 AccessKey，并在操作审计（ActionTrail）中检查近期的 KMS API 调用（操作审计会记录这些调用）。',
    ],
    avoid: '不要为了绕过限制而另建账号或 RAM 用户。',
    terms: ['风控', '风控拦截', '被风控', '风险控制', '账号受限'],
  },
  'Forbidden.InDebtOverdue': {
    meaning:
      '账号欠费逾期，KMS 拒绝了调用。阿里云文档说明，账号欠费超过 7 天仍未结清的，KMS 将停止服务：密钥相关数据会保留，但访问会被拒绝。',
    causes: [
      '账单或按量付费的费用没有支付，欠款也没有在期限内结清。',
      '支付方式失效（例如银行卡过期、余额不足）。',
    ],
    fixes: [
      '上报给负责该账号费用的人：调用方自己无法解决。',
      '在费用与成本控制台结清逾期款项，然后用 DescribeAccountKmsStatus 确认 AccountStatus 为 Enabled，再重试。',
      '设置余额预警和欠费提醒，避免再次发生。',
    ],
    avoid: '不要反复重试，也不要切换到其他地域：计费文档描述的是整个账号的 KMS 被停用，而不是某个地域。',
    terms: ['欠费超期', '欠费逾期', '逾期未缴费', '欠费停服', '服务已停止'],
  },
  'Forbidden.InDebt': {
    meaning:
      '账号处于欠费状态，KMS 拒绝了调用。阿里云文档说明欠费超过 7 天未结清会停止 KMS 服务，但没有说明此错误码与 Forbidden.InDebtOverdue 有何区别。',
    causes: ['按量付费的费用超出了账户余额。', '自动扣款失败。'],
    fixes: [
      '上报给负责该账号费用的人：调用方自己无法解决。',
      '在费用与成本控制台充值或结清欠款；在此之前，DescribeAccountKmsStatus 返回的 AccountStatus 为 InDebt。',
      '待 AccountStatus 恢复为 Enabled 后再重试，并设置余额预警，避免账号再次欠费。',
    ],
    avoid: '在此期间不要反复重试，也不要切换到其他地域：欠费针对的是整个账号。',
    terms: ['欠费', '账号欠费', '账户欠费', '余额不足', '欠费停用'],
  },
  ParseRequestParameterException: {
    meaning: 'KMS 根本无法解析请求参数。文档只给出了错误信息，没有说明哪些输入会导致这个错误。',
    causes: [
      '可能是要求 JSON 格式的参数不是合法的 JSON，例如加密上下文 EncryptionContext（由键值对组成的 JSON 对象）。',
      '参数没有做 URL 编码（percent-encoding），或者被编码了两次。',
      '参数放在了请求体中（例如以 JSON 形式发送），而 KMS API 参考规定所有参数都放在请求 URL 中。',
    ],
    fixes: [
      '用 JSON 编码器生成 EncryptionContext，例如 {"app":"billing"}，不要手工拼接字符串；调用 Decrypt 时传入同样的加密上下文。',
      '把所有参数放在 HTTPS URL 的查询字符串中，并按 RFC 3986 对每个参数名和参数值恰好编码一次（空格编码为 %20）。',
      '用官方 SDK 或 OpenAPI Explorer 复现该调用，对比两边的原始请求。',
    ],
    terms: [
      '参数解析异常',
      '参数解析失败',
      '参数格式错误',
      '加密上下文格式错误',
      'EncryptionContext格式错误',
    ],
  },
  MissingParameter: {
    meaning:
      '请求缺少必填参数。公共错误码表中的错误信息会指出参数名，但有几个操作的文档写的是不带参数名的版本：“The parameter needed but no provided.”',
    causes: [
      '漏传了必填参数，例如 Encrypt 的 KeyId、Decrypt 的 CiphertextBlob、AsymmetricSign 的 KeyVersionId。',
      '参数名拼错或大小写不对（写成 keyId 而不是 KeyId），KMS 因此没有识别到。',
      '参数值取自一个空的配置变量，客户端把这个空参数丢掉了。',
    ],
    fixes: [
      '查阅该操作的 API 参考，确认有哪些必填参数；错误信息里给出了参数名的，以它为准。',
      '参数名和大小写必须完全一致，例如 KeyId、CiphertextBlob、KeyVersionId。',
      '在应用启动时校验配置，让空的密钥 ID 立即报出明确的错误。',
    ],
    terms: ['缺少参数', '缺少必填参数', '参数缺失', '必填参数', '参数未提供'],
  },
  InvalidParameter: {
    meaning:
      '请求带了某个参数，但参数值不可接受（格式、取值范围或可选值不符）。文档记载的多数错误信息并不指出是哪个参数，最常见的是“The specified parameter is not valid.”。',
    causes: [
      '取值超出文档规定的范围，例如 GenerateDataKey 的 NumberOfBytes 不在 1～1024 之间，或 ScheduleKeyDeletion 的 PendingWindowInDays 不在 7～366 之间（2021 年的文档为 7～30）。',
      '设置的 RotationInterval 超出该密钥允许的范围：当前文档规定默认密钥为 365 天，软件密钥管理实例中的密钥为 7～365 天（2021 年的文档允许 7～730 天）。',
      '别名格式不正确：必须带 alias/ 前缀，前缀之后为 1～255 个字符，且只能包含字母、数字、_、- 和 /。',
      '明文超过了 Encrypt 允许的 6 KB。',
    ],
    fixes: [
      '对照该操作 API 参考中的取值范围逐一检查参数值；只有 UpdateRotationPolicy 的文档记载了指出参数名（RotationInterval）的错误信息。',
      '超过 6 KB 的数据改用信封加密：调用 GenerateDataKey，用明文数据密钥在本地加密，再把加密后的数据密钥和数据存放在一起。',
      '在日志中记录实际发送的参数值（不要记录明文或机密信息），并与在 OpenAPI Explorer 中调用成功的请求对比。',
    ],
    terms: ['参数无效', '参数错误', '非法参数', '参数不合法', '参数取值错误', '参数值超出范围'],
  },
  IncompleteSignature: {
    meaning:
      '从错误信息“The request signature does not conform to Alibaba Cloud standards.”看，请求缺少签名，或签名没有按阿里云的签名机制构造，文档没有更多说明。签名格式正确但与服务端计算结果不符时，共用的 API 网关返回的是 SignatureDoesNotMatch。',
    causes: [
      '签名相关参数缺失或有误：没有 Signature，SignatureMethod 不是 HMAC-SHA1，或 SignatureVersion 不是 1.0。',
      '自行实现的签名代码构造出的待签名字符串不对：参数没有排序，URL 编码不符合 RFC 3986（空格编成了 + 而不是 %20、* 没有编成 %2A、~ 被编码了），或者 HMAC 的密钥不是 AccessKey Secret 加上“&”。',
      '请求在签名之后被改动过，或者把 Signature 值加入 URL 时没有做 URL 编码。',
      'AccessKey Secret 与所用的 AccessKey ID 不匹配，或者末尾带了多余的换行。',
    ],
    fixes: [
      '用官方 SDK 或阿里云 CLI，以同一套凭证发起相同的调用；如果能成功，问题就出在自己的签名代码。',
      "自行实现签名时遵循 KMS 的签名机制：参数排序，对参数名和参数值分别做 URL 编码，StringToSign = Method + '&' + percentEncode('/') + '&' + percentEncode(CanonicalizedQueryString)，以 AccessKey Secret 加“&”为密钥计算 HMAC-SHA1，再做 Base64 编码。",
      '传入 SignatureMethod=HMAC-SHA1 和 SignatureVersion=1.0，最后再加上 Signature，并确保发送的内容与签名时完全一致。',
      '确认 AccessKey Secret 与 AccessKey ID 匹配；如果不确定当前有效的是哪个 Secret，就轮转 AccessKey。',
    ],
    avoid:
      '不要为了测试而在客户端关闭或绕过签名校验；也绝不要把 AccessKey Secret 贴到工单、聊天或日志里，提供 RequestId 和你的 StringToSign 即可。',
    terms: ['签名不完整', '签名不符合规范', '签名格式错误', '签名无效', '签名计算错误', 'Signature错误'],
  },
  IllegalTimestamp: {
    meaning:
      'KMS 不接受请求中的公共参数 Timestamp。错误信息说的是缺少 Timestamp，但 KMS 自己的错误返回示例却把它用于请求过期的情况。',
    causes: [
      '缺少 Timestamp，或者不是 UTC 时间的 ISO 8601 格式 yyyy-MM-ddTHH:mm:ssZ（例如用了本地时间或 +08:00 时区偏移）。',
      '时钟偏差：调用方的系统时间不准（没有运行 NTP）。KMS 没有公布允许的偏差范围；文档中 15 分钟的限制属于共用的 API 网关，网关对过期的时间戳返回 InvalidTimeStamp.Expired。',
      '签好名的请求被保存下来、过后才发送（例如排队等待的重试、缓存的已签名 URL），此时 Timestamp 已经过期。',
    ],
    fixes: [
      '用 NTP 同步主机时钟（例如阿里云的 ntp.aliyun.com，在阿里云内网中可用 ntp.cloud.aliyuncs.com），容器或虚拟机的时钟也要检查。',
      'Timestamp 使用 UTC 时间，格式为 yyyy-MM-ddTHH:mm:ssZ，例如 2024-05-01T08:30:00Z。',
      '每次重试都重新构造请求并重新签名，使用新的 Timestamp；如果客户端会发送 SignatureNonce，也要换一个新的（网关会以 SignatureNonceUsed 拒绝重复使用的 Nonce）。',
    ],
    avoid: '不要通过平移或写死 Timestamp 来掩盖时钟漂移，应当校准时钟。',
    terms: ['时间戳', '时间戳错误', '时间戳无效', '请求过期', '时钟偏差', '时间不同步', 'Timestamp格式错误'],
  },
};
