import type { gatewaySigningFacts } from '../facts/gatewaySigning.ts';
import type { CodeOf, GuidanceZh } from '../types.ts';

/** 中文说明：../facts/gatewaySigning.ts 中每个错误码的含义与处理。 */
export const gatewaySigningZh: Readonly<Record<CodeOf<typeof gatewaySigningFacts>, GuidanceZh>> = {
  SignatureDoesNotMatch: {
    meaning:
      'API 网关用它为该 AccessKey ID 保存的 AccessKey Secret 重新计算了请求的签名，结果与请求中的签名不一致（“Specified signature is not matched with our calculation.”）。错误信息末尾通常附有服务端所用的待签名字符串，前缀为“server string to sign is:”（V2 签名）或“server StringToSign is”（V3 签名）。',
    causes: [
      'AccessKey Secret 与 AccessKey ID 不是一对，或者从环境变量、凭据存储中读取时夹带了多余的空格、换行或引号；阿里云 SDK 的维护者指出这是最常见的原因。',
      '自行实现的 V2 签名在规范化时与服务端不一致：参数没有排序；百分号编码不符合 RFC 3986（空格编成了 + 而不是 %20，* 没有编成 %2A，~ 被编码）；或者 HMAC 的密钥不是 AccessKey Secret 加“&”。',
      '请求在签名之后被改动：代理改写了查询参数，查询字符串被重新编码，或者按 GET 签名却以 POST 发送。',
      '使用 V3（ACS3-HMAC-SHA256）签名时，SignedHeaders 中列出的某个请求头、x-acs-content-sha256 请求体哈希或请求路径，在签名时和实际发送时不一致。',
    ],
    fixes: [
      '把错误信息末尾服务端的待签名字符串与客户端签名用的字符串对比：两者完全相同，说明 AccessKey Secret 不对；两者不同，第一个不同之处就是规范化出错的地方。Java、Python 和 Go 的核心 SDK 会自动做这一比较（参见 InvalidAccessKeySecret）。',
      '重新复制该 AccessKey ID 对应的 Secret 并去掉空白字符，再用一个无副作用的调用验证这一对密钥，例如 KMS 的 DescribeRegions 或 STS 的 GetCallerIdentity。Secret 只在创建 AccessKey 时显示：如果已经丢失，请为该 RAM 用户创建新的 AccessKey。',
      '自行实现 V2 签名时请遵循 KMS 的签名规则：参数排序并做百分号编码；StringToSign = method + "&" + percentEncode("/") + "&" + percentEncode(规范化查询字符串)；以 Secret 加 "&" 为密钥计算 HMAC-SHA1；最后做 Base64 编码。也可以直接使用官方 SDK，由它完成签名。',
      '实际发送的内容必须与签名时完全一致：相同的方法、Host 和查询参数，最后加上 Signature，并且只做一次百分号编码。',
    ],
    avoid:
      '不要为了求助把 AccessKey Secret 贴到工单或聊天里：提供 RequestId 和两份待签名字符串就够了，待签名字符串里只有 AccessKey ID，不含 Secret。',
    terms: [
      '签名',
      '签名不匹配',
      '签名错误',
      '签名不一致',
      '签名校验失败',
      '待签名字符串',
      'AccessKeySecret错误',
    ],
  },
  'InvalidTimeStamp.Expired': {
    meaning:
      '请求中的 Timestamp 与 API 网关收到请求的时间相差超过 15 分钟，网关认为请求已经过期，予以拒绝（“Specified time stamp or date value is expired.”）。',
    causes: [
      '客户端时钟不准：主机、虚拟机或容器上没有运行 NTP。',
      '把本地时间当作 UTC 发送，例如北京时间后面直接加 Z，请求时间因此差了 8 小时。',
      '请求签好名后过了一段时间才发出：排队中的任务、保存下来的已签名 URL，或者重试时原样重发第一次的请求。',
    ],
    fixes: [
      '用 NTP 同步时钟（阿里云的 NTP 服务器：公网使用 ntp.aliyun.com，阿里云内网使用 ntp.cloud.aliyuncs.com），容器内的时钟也要检查。',
      '在发送时按当前 UTC 时间生成 Timestamp（V2）或 x-acs-date（V3），格式为 yyyy-MM-ddTHH:mm:ssZ。',
      '每次尝试都重新构造并签名，使用新的 Timestamp 和新的 SignatureNonce；官方 SDK 就是这样做的。',
    ],
    avoid: '不要给 Timestamp 加一个固定偏移量来弥补时钟漂移，应该把时钟校准。',
    terms: ['时间戳过期', '请求已过期', '时间不同步', '时钟偏差', 'Timestamp过期', '本地时间不准'],
  },
  'InvalidTimeStamp.Format': {
    meaning:
      'API 网关无法解析请求中的 Timestamp 或日期值（“Specified time stamp or date value is not well formatted.”）。它必须是 ISO 8601 格式的 UTC 时间，写作 yyyy-MM-ddTHH:mm:ssZ。',
    causes: [
      '用了其他日期格式：纯数字的 Unix 时间戳、按本地区域设置格式化的日期，或者用空格代替了 T。',
      '用了文档没有给出的 ISO 8601 变体，例如用 +08:00 偏移代替 Z，或者带小数秒；文档给出的格式两者都没有。',
      '手工拼接查询字符串时把值编码了两次，网关收到的是 %3A 而不是冒号。',
    ],
    fixes: [
      '用固定格式 yyyy-MM-ddTHH:mm:ssZ 格式化当前 UTC 时间，例如 2024-05-01T08:30:00Z。',
      '构造查询字符串时只对值做一次百分号编码（冒号变成 %3A），并对同一个编码后的查询字符串签名。',
      '使用官方 SDK，由它自行格式化和编码 Timestamp。',
    ],
    terms: [
      '时间戳格式错误',
      '时间格式错误',
      'Timestamp格式错误',
      '日期格式错误',
      'UTC时间格式',
      'ISO8601格式',
    ],
  },
  MissingTimestamp: {
    meaning:
      '请求中没有 Timestamp 参数，而每个 V2 签名的请求都必须带上它（“Timestamp is mandatory for this action.”）。参数名区分大小写，写成 TimeStamp 也算缺失。',
    causes: [
      '手工构造的请求漏掉了 Timestamp，或者写成了 TimeStamp、timestamp。',
      '代码或代理在重建查询字符串时丢掉了公共参数。',
      '公共参数放在了表单请求体或请求头里，而 KMS 从 URL 中读取它们；KMS API 参考要求所有参数都放在请求 URL 中。',
    ],
    fixes: [
      '添加 Timestamp（拼写须完全一致），取当前 UTC 时间，格式为 yyyy-MM-ddTHH:mm:ssZ，并与其他参数一起参与签名。',
      '检查查询字符串中的公共参数：Action、Version=2016-01-20、AccessKeyId、SignatureMethod=HMAC-SHA1、SignatureVersion=1.0、Timestamp，最后是 Signature；官方 SDK 还会发送 SignatureNonce，而 KMS 自己的公共参数列表里没有它。',
      '使用官方 SDK，它会自动添加所有公共参数。',
    ],
    terms: ['缺少时间戳', '缺少Timestamp', '时间戳缺失', 'Timestamp必填', '缺少公共参数'],
  },
  SignatureNonceUsed: {
    meaning:
      'API 网关已经收到过这个 SignatureNonce，把请求当作可能的重放请求拒绝了（“Specified signature nonce was used already.”）。阿里云 API 文档要求每次请求使用不同的随机数，但没有说明网关会记住一个 SignatureNonce 多久；有用户转述技术支持的答复，称是 15 分钟。',
    causes: [
      '唯一随机数的随机性太低，例如用以秒为单位的 Unix 时间，或者在 date 命令不支持 %N 的系统上用 date +%s%N：同一秒内的请求就会撞上。',
      '并发的请求、线程或进程用同一个时钟或种子生成随机数。',
      '重试时原样重发已签名的请求。alibaba-cloud-sdk-go 在 0.9.1 之前就是这样；Java SDK 的常见问题对这个错误的答复是“升级到最新版本”。',
    ],
    fixes: [
      '每次请求、每次重试都用可靠的随机源生成随机数（例如随机 UUID），并与其他参数一起签名。',
      '重试时重新构造并签名，不要把同样的字节再发一遍；旧版 SDK 请升级。',
      '有多个工作进程各自签名请求时，确认每个进程都独立生成随机数。',
    ],
    avoid: '不要直接重发失败的请求：它带着同一个 SignatureNonce，还会再失败。',
    terms: [
      'SignatureNonce重复',
      '唯一随机数重复',
      '随机数已使用',
      'Nonce重复',
      '重放攻击',
      '签名随机数重复',
    ],
  },
  MissingSignatureNonce: {
    meaning:
      '请求中没有 SignatureNonce，即 API 网关用来识别重放请求的唯一随机数。这个错误码符合网关文档中 Missing{ParameterName} 的命名规律（“SignatureNonce is mandatory for this action.”），但阿里云的页面和公开的响应中都没有原样出现过它。',
    causes: [
      '自行实现的 V2 签名是照着 KMS 2021 年的公共参数列表写的，这份列表里没有 SignatureNonce，而同一网关上其他产品的公共参数列表都把它标为必填。',
      '参数名写成了别的形式（Nonce、signatureNonce），或者在重建查询字符串时被丢掉。',
      '使用 V3 签名时没有带 x-acs-signature-nonce 请求头。',
    ],
    fixes: [
      '每个请求都添加 SignatureNonce，取一个新生成的随机值（例如 UUID），并纳入待签名字符串。',
      '使用 V3 签名时发送 x-acs-signature-nonce 请求头，并像其他 x-acs- 请求头一样列入 SignedHeaders。',
      '使用官方 SDK，它会自动添加唯一随机数。',
    ],
    terms: ['缺少SignatureNonce', '缺少唯一随机数', '缺少随机数', 'SignatureNonce缺失', 'SignatureNonce必填'],
  },
  InvalidSignatureMethod: {
    meaning:
      'SignatureMethod 的取值不被 API 网关接受（“Specified signature method is not valid.”）。对于 V2（查询字符串）签名，KMS 文档只给出了 HMAC-SHA1 一种签名方式，SignatureVersion 为 1.0。',
    causes: [
      '自行实现的签名发送了 HMAC-SHA256 或其他写法，而不是 HMAC-SHA1。',
      '两种签名方式混用：把 V3 的算法名（如 ACS3-HMAC-SHA256）填进了 V2 的 SignatureMethod 参数。',
    ],
    fixes: [
      'V2 签名请发送 SignatureMethod=HMAC-SHA1 和 SignatureVersion=1.0，并用 SHA-1 计算 HMAC。',
      'V3 签名应把算法写在 Authorization 请求头的开头（ACS3-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=...），而不是放进 SignatureMethod。',
      '也可以交给官方 SDK 签名：当前基于 Tea 的 KMS SDK 默认使用 ACS3-HMAC-SHA256，较早的核心 SDK 使用 HMAC-SHA1。',
    ],
    terms: ['签名方式无效', '签名方法错误', 'SignatureMethod错误', '签名方式不支持', '签名算法错误'],
  },
  MissingSignature: {
    meaning:
      '请求到达 API 网关时没有签名：V2 签名的请求中缺少 Signature 参数（“Signature is mandatory for this action.”，即文档中 Missing{ParameterName} 的形式）。阿里云文档没有另外说明原因。',
    causes: [
      '手工构造的请求跳过了签名这一步，或者签名值没有以 Signature 作为参数名加入请求。',
      '从日志或示例中复制的 URL 已经去掉了 Signature，又被原样发送。',
      '封装层或代理丢掉了最后一个查询参数，或者丢掉了 Authorization 请求头。',
    ],
    fixes: [
      '最后一步对最终的参数集合计算签名，并作为 Signature 参数（经百分号编码）加入请求；V3 签名则发送 Authorization 请求头。',
      '用官方 SDK 或阿里云 CLI 发起同样的调用；如果能成功，就把它的请求和你的请求逐项对比。',
    ],
    terms: ['缺少签名', '签名缺失', '缺少Signature', '请求未签名', '签名参数缺失'],
  },
  InvalidAccessKeyId: {
    meaning:
      'API 网关找不到或无法使用请求签名所用的 AccessKey ID（“Specified access key is not found or invalid.”）。这是与 InvalidAccessKeyId.NotFound 并存的较新形式；阿里云既没有说明它的 HTTP 状态码，也没有说明两者有何区别。',
    causes: [
      'AccessKey ID 输错、被截断，或者带有空格、换行；有一份公开的问题报告最后查明原因就是多余的空白字符。',
      'AccessKey 已被删除（例如在 AccessKey 轮换时），应用却还在使用。',
      'SDK 解析到的不是预期的凭证：凭证链中另一个配置（profile）、环境变量或实例 RAM 角色先被用上了。',
      'AccessKey ID 和 AccessKey Secret 填反了，或者 AccessKey 属于另一个环境或站点；Java SDK 的常见问题针对类似的 InvalidAccessKeyId.NotFound 列出了这两种原因。',
    ],
    fixes: [
      '在日志中记录客户端实际发送的 AccessKey ID（切勿记录 Secret），与 RAM 控制台中该 RAM 用户的 AccessKey 对比，并去掉空白字符。',
      '如果 AccessKey 已被删除，为该 RAM 用户创建新的 AccessKey，或者改用 RAM 角色，通过 SDK 的凭证提供程序获取 STS 临时凭证。',
      '用 STS 的 GetCallerIdentity 确认这些凭证实际对应的身份。',
    ],
    avoid: '不要为了核对而把 AccessKey Secret 贴到任何地方；只凭 AccessKey ID 就能确定是哪个 AccessKey。',
    terms: ['AccessKey无效', 'AccessKey不存在或无效', 'AccessKeyId无效', 'AK无效', 'AccessKeyId错误'],
  },
  'InvalidAccessKeyId.Inactive': {
    meaning:
      'AccessKey 存在，但已被禁用，API 网关会拒绝所有用它签名的请求（“Specified access key is disabled.”）。KMS 自己的错误码表用 Forbidden.AccessKey 描述同一种状态。',
    causes: [
      'RAM 管理员禁用了该 AccessKey，例如作为 AccessKey 轮换的一个步骤，或者怀疑它已经泄露。',
      '禁用旧 AccessKey 之前，应用没有切换到新的 AccessKey。',
    ],
    fixes: [
      '在 RAM 控制台该 RAM 用户的页面上找到这个 AccessKey，并向 RAM 管理员确认禁用的原因。',
      '把应用切换到该用户处于启用状态的 AccessKey，或者改用 RAM 角色和 STS 临时凭证，然后重新部署。',
      '只有在管理员确认是误操作时，才在 RAM 控制台重新启用该 AccessKey。',
    ],
    avoid: '如果 AccessKey 是因为泄露而被禁用的，不要重新启用它，而应创建新的 AccessKey。',
    terms: ['AccessKey已禁用', 'AccessKey被禁用', 'AK被禁用', 'AccessKey禁用', 'AccessKey停用'],
  },
};
