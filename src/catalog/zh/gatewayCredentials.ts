import type { gatewayCredentialsFacts } from '../facts/gatewayCredentials.ts';
import type { CodeOf, GuidanceZh } from '../types.ts';

/** 中文说明：../facts/gatewayCredentials.ts 中每个错误码的含义与处理。 */
export const gatewayCredentialsZh: Readonly<Record<CodeOf<typeof gatewayCredentialsFacts>, GuidanceZh>> = {
  MissingAccessKeyId: {
    meaning:
      '请求中没有 AccessKey ID（“AccessKeyId is mandatory for this action.”）。V2 签名时指的是 AccessKeyId 参数；V3 签名时推测对应 Authorization 请求头中的 Credential 部分（文档未说明）。',
    causes: [
      '凭证解析出来是空字符串：环境变量（如 ALIBABA_CLOUD_ACCESS_KEY_ID）未设置或名称拼错，配置项为空，或从凭据存储中读到的是空值。',
      '手工构造的请求漏掉了 AccessKeyId 参数，或参数名写成了别的拼法。',
      '客户端的某项设置让 SDK 改用了网关不认可的签名方式；有一则公开的 .NET 问题报告显示，修改 SignatureAlgorithm 设置后就出现了此错误码。',
    ],
    fixes: [
      '在运行时确认凭证来源确实有值：在日志中记录 ALIBABA_CLOUD_ACCESS_KEY_ID 是否已设置（切勿记录 AccessKey Secret），或记录默认凭证链最终选用了哪个凭证提供者。',
      '通过 SDK 的凭证提供者（环境变量、CLI 配置、ECS 实例 RAM 角色、OIDC 角色）创建客户端；如果都取不到凭证，让程序在启动时直接报错。',
      '手工构造 V2 请求时，补上 AccessKeyId 参数，并把它纳入待签名字符串。',
    ],
    terms: ['缺少AccessKeyId', 'AccessKeyId为空', '未提供AccessKey', 'AccessKey未配置', 'AK环境变量未设置'],
  },
  MissingSecurityToken: {
    meaning:
      '请求用 STS 临时 AccessKey ID（以 STS. 开头）签名，却没有携带 SecurityToken（“SecurityToken is mandatory for this action.”）。STS 临时凭证由三个值组成，每次请求都必须带上安全令牌。',
    causes: [
      '只用 STS 返回的 AccessKey ID 和 AccessKey Secret 创建了客户端：在 alibaba-cloud-sdk-go 中用了 NewClientWithAccessKey 而不是 NewClientWithStsToken，或 Tea SDK 的 Config 中没有设置 SecurityToken。',
      'ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET 中存的是 STS 临时值，但没有设置 ALIBABA_CLOUD_SECURITY_TOKEN，凭证链因此把它们当作长期 AccessKey 使用。',
      '代码从凭证对象中只取出了 AccessKey ID 和 AccessKey Secret，把安全令牌丢了；阿里云的 STS 问题排查文档中，用临时 AccessKey 调用 AssumeRole 本身时也会出现同样的错误。',
      '旧版 SDK 不发送安全令牌；Java SDK 常见问题对此错误给出的答复就是“升级到最新版本”。',
    ],
    fixes: [
      '三个值一起传：在 Tea SDK 的 Config 中设置 SecurityToken（V2 签名时作为 SecurityToken 参数发送，V3 签名时作为 x-acs-security-token 请求头发送），或在 alibaba-cloud-sdk-go 中使用 NewClientWithStsToken。',
      '更好的做法是让凭证提供者来管理安全令牌：阿里云 Credentials 工具的 ram_role_arn、ecs_ram_role 和 oidc_role_arn 会自行调用 STS 并刷新令牌。',
      '调用 AssumeRole 时，应使用 RAM 用户的长期 AccessKey 签名，而不是它返回的临时 AccessKey。',
    ],
    terms: [
      '缺少SecurityToken',
      '缺少安全令牌',
      'SecurityToken为空',
      'STS临时凭证缺少Token',
      '临时AccessKey缺少Token',
    ],
  },
  'InvalidSecurityToken.Expired': {
    meaning:
      '请求携带的 STS 安全令牌已过期，超过了其 Expiration 时间（“Specified SecurityToken is expired.”）。AssumeRole 返回的令牌有效期由 DurationSeconds 决定：最短 900 秒，最长为角色最大会话时间，默认 3600 秒。',
    causes: [
      'STS 临时凭证只获取一次就一直沿用（例如写在环境变量或配置文件里），用到了 Expiration 之后。',
      '代码在启动时读取一次这三个值并据此创建 KMS 客户端，凭证提供者之后的刷新根本传不到客户端。',
      '长时间运行的任务在令牌临近过期时才启动；或主机时钟偏差过大，导致客户端刷新得太晚。',
    ],
    fixes: [
      '使用能自动刷新的凭证提供者（阿里云 Credentials 工具的 ram_role_arn、ecs_ram_role 或 oidc_role_arn），并把提供者本身而不是复制出来的值交给 KMS 客户端；credentials-go 会在 Expiration 前约 3 分钟续期。',
      '如果自己调用 AssumeRole，请保存返回的 Expiration，并在到期前重新调用。需要更长的会话时，调大 DurationSeconds，上限为角色的 MaxSessionDuration（3600～43200 秒，可通过 UpdateRole 设置）。',
      '用 NTP 同步主机时钟。',
    ],
    avoid: '不要为了消除报错，把短期的 STS 临时凭证换成长期 AccessKey；应当修好刷新逻辑。',
    terms: ['安全令牌过期', 'STS令牌过期', 'Token过期', 'SecurityToken过期', 'STSToken过期', '临时凭证过期'],
  },
  'InvalidSecurityToken.Malformed': {
    meaning:
      'API 网关无法解析请求携带的 SecurityToken（“Specified SecurityToken is malformed.”）。安全令牌是一段很长的不透明字符串，必须与 STS 返回的内容完全一致。',
    causes: [
      '令牌被截断：字段或数据库列有长度限制、被自动换行，或在经过环境变量、日志时被截短。',
      '令牌被改动：手工构造查询字符串时没有做百分号编码，其中的 +、/、= 变了含义；或者被解码了两次。',
      '传给 SecurityToken 的是别的值，例如 AccessKey Secret、OIDC Token 或带引号的 JSON 字符串。',
    ],
    fixes: [
      '对比客户端实际发送的令牌与 AssumeRole 返回的令牌：比较长度以及开头、结尾的几个字符；不要把整个令牌写进日志。',
      '原样存储和传递令牌；手工构造 V2 请求时，像其他参数一样只做一次百分号编码。',
      '让 SDK 的凭证提供者获取并传递令牌，不经过你自己的存储。',
    ],
    terms: [
      '安全令牌格式错误',
      'SecurityToken格式错误',
      'SecurityToken无效',
      'STSToken被截断',
      '令牌解析失败',
    ],
  },
  'InvalidSecurityToken.MismatchWithAccessKey': {
    meaning:
      'SecurityToken 与一同发送的 STS AccessKey ID 不是一套（“Specified SecurityToken mismatch with the AccessKey.”）。每次调用 AssumeRole 返回的 AccessKeyId、AccessKeySecret 和 SecurityToken 只能配套使用。',
    causes: [
      '混用了两次 AssumeRole 的返回值，例如三个值分开缓存或分开更新，结果刷新后的令牌和上一次的 AccessKey ID 一起发了出去。',
      '令牌与长期 AccessKey ID（不以 STS. 开头）一起发送。',
      '环境变量或配置文件中的值，一部分来自一个来源，其余来自另一个来源。',
    ],
    fixes: [
      '把 AccessKeyId、AccessKeySecret 和 SecurityToken 作为一个整体存储和替换，每次刷新三个一起换。',
      '使用 SDK 的凭证提供者（ram_role_arn、ecs_ram_role、oidc_role_arn），它们总是成套提供这三个值。',
      '如果本意是使用长期 AccessKey，就完全不要发送 SecurityToken：清除 ALIBABA_CLOUD_SECURITY_TOKEN 环境变量，并从客户端配置中删掉它。',
    ],
    terms: [
      '安全令牌不匹配',
      'SecurityToken不匹配',
      'STSToken与AccessKey不匹配',
      'AccessKey与Token不对应',
      '临时凭证不匹配',
    ],
  },
  'Forbidden.RAM': {
    meaning:
      "API 网关拒绝了调用：签名所用的 RAM 用户或 RAM 角色无权对该资源执行此操作，或该 API 不支持 RAM 授权（“User not authorized to operate on the specified resource, or this API doesn't support RAM.”）。KMS 自己的拒绝错误码是 Forbidden.NoPermission；KMS 调用是否也会收到网关的这种报错，文档没有说明。",
    causes: [
      'RAM 用户或 RAM 角色上没有任何权限策略允许对该密钥或凭据的 ARN（acs:kms:<region>:<account-id>:key/<key-id>）执行所需的 KMS 操作，例如 kms:Decrypt 或 kms:GetSecretValue。',
      'STS 令牌是带 Policy 参数申请的，范围比角色的权限策略窄：令牌只拥有两者的交集。',
      '存在显式拒绝（Deny），或请求不满足策略中的条件，例如 acs:CurrentTime 或 kms:tag/<tag-key> 条件。',
      '所用凭证属于另一个 RAM 用户、RAM 角色或阿里云账号，而不是被授权的那个。',
    ],
    fixes: [
      '用同一套凭证调用 STS 的 GetCallerIdentity，确认调用者身份（Arn、AccountId）。',
      '请 RAM 管理员在正确的地域，对密钥或凭据的 ARN 授予所需的 kms:<Operation> 操作，例如对 acs:kms:cn-hangzhou:<account-id>:key/<key-id> 授予 kms:Decrypt。',
      '如果使用 STS 令牌，检查调用 AssumeRole 时传入的 Policy，修改后重新获取令牌。',
    ],
    avoid: '不要改用阿里云账号自身的 AccessKey 来绕过报错；应为该 RAM 身份授予所需的具体操作权限。',
    terms: [
      'RAM权限不足',
      '子账号鉴权不通过',
      'RAM用户无权限',
      '子账号无权限',
      '无权操作指定资源',
      'API不支持RAM',
    ],
  },
  'Forbidden.RiskControl': {
    meaning:
      '阿里云风控系统禁止了该账号的这项操作（“This operation is forbidden by Aliyun RiskControl system.”）。KMS 自己对应的错误码是 Forbidden.ProhibitedByRiskControl；除了报错信息本身，阿里云对这两个错误码都没有进一步说明。',
    causes: [
      '文档未说明。可能是账号需要完成身份或支付验证：在一则公开报告中，账号所有者提交工单并通过银行身份核验后，限制就解除了。',
      '也可能是账号上的某些行为被判定为有风险，例如疑似凭证泄露或滥用。',
    ],
    fixes: [
      '请账号所有者查看控制台、站内信和邮件中是否有风控或验证通知，并按要求完成。',
      '带上 RequestId 提交工单，了解原因以及如何解除限制；修改请求本身无济于事。',
      '如果存在泄露的可能，轮换 AccessKey，并在操作审计（ActionTrail）中检查近期的调用。',
    ],
    avoid: '不要新开账号或 RAM 用户来绕过限制。',
    terms: ['风控拦截', '被风控', '账号被风控', '风险控制系统禁止', '风控限制', '操作被风控禁止'],
  },
  'Forbidden.AccessKeyDisabled': {
    meaning:
      '为请求签名的 AccessKey 已被禁用（“The AccessKey is disabled.”，ECS 公共错误码表中为 HTTP 403）。API 网关的客户端错误表把已禁用的 AccessKey 报为 InvalidAccessKeyId.Inactive，KMS 则报为 Forbidden.AccessKey；KMS 调用方实际收到的是哪一种，文档没有说明。',
    causes: [
      'RAM 管理员在轮换 AccessKey 时，或怀疑其泄露后，禁用了它。',
      'AccessKey 轮换后，应用仍在使用旧的 AccessKey。',
    ],
    fixes: [
      '在 RAM 控制台该 RAM 用户的详情页查看 AccessKey 的状态，并向 RAM 管理员了解禁用原因。',
      '让应用改用该用户处于启用状态的 AccessKey，或改用 RAM 角色和 STS 临时凭证，然后重新部署。',
      '只有在管理员确认是误禁用时，才重新启用该 AccessKey。',
    ],
    avoid: '因泄露而被禁用的 AccessKey 不要重新启用；应创建新的 AccessKey。',
    terms: ['AccessKey已禁用', 'AccessKey被禁用', 'AK被禁用', 'AccessKey不可用', '访问密钥被禁用'],
  },
  'Throttling.User': {
    meaning:
      'API 网关拒绝了请求，因为调用方在当前时间段内超出了流控上限（“Request was denied due to user flow control.”）。稍等片刻后重试一般可以成功；KMS 公布了部分操作的单账号限额，但没有说明每个操作会返回哪个限流错误码。',
    causes: [
      '每秒调用次数超过了账号的限额：阿里云 SDK 团队表示，服务端流控通常按账号计算，同一账号下的所有应用、RAM 用户和 AccessKey 共用这一限额。',
      '突发流量：批处理任务、大量实例同时启动，或每条记录都调用一次 KMS，而没有使用信封加密。',
      '重试时没有退避，请求速率一直压在上限之上。',
    ],
    fixes: [
      '按指数退避加随机抖动重试。基于 Tea 的 SDK 会抛出 ThrottlingError，其 RetryAfter 取自 x-ratelimit-user 和 x-ratelimit-user-api 响应头（网关返回这两个响应头时）。',
      '减少 KMS 调用：使用信封加密（调用一次 GenerateDataKey，之后在本地加密），并缓存 GetSecretValue 的结果。',
      '排查同一账号下是否有其他应用在同一时间调用同一 API，并把批处理任务错开。',
      '如果限额影响了正常业务，通过工单联系阿里云技术支持；对于 KMS 实例中的密钥，密码运算调用可以改走该实例的专属网关。',
    ],
    avoid: '不要立即重试，也不要多线程同时重试：这样只会让账号持续超限。',
    terms: ['用户级流控', '用户级限流', '请求被流控', '账号级限流', '调用频率超限', 'QPS超限'],
  },
  'Throttling.Api': {
    meaning:
      'API 网关拒绝了请求，因为超出了该 API 的流控上限（“Request was denied due to api flow control.”）。从名称看，这是按 API 计算的限额，而 Throttling.User 是按调用方计算的限额；阿里云既没有公布具体限额，也没有说明两者的确切区别。',
    causes: [
      '对单个操作（如 Decrypt 或 GetSecretValue）的突发调用超过了该 API 的上限。',
      '大量应用实例在同一时刻调用同一操作，例如在启动时或按定时计划执行时。',
      '重试时没有退避，请求速率一直压在上限之上。',
    ],
    fixes: [
      '按指数退避加随机抖动重试；对这个错误码，基于 Tea 的 SDK 同样会抛出 ThrottlingError。',
      '把对繁忙操作的调用在时间上分散开：缓存 GetSecretValue 的结果，在安全规范允许的范围内复用数据密钥，错开启动时间和定时任务。',
      '如果限额影响了正常业务，带上 RequestId 和操作名称提交工单。',
    ],
    avoid: '不要立即重试，也不要多线程同时重试：这样只会让请求速率持续超限。',
    terms: ['API级流控', 'API级限流', '接口限流', '接口流控', '单个API调用超限'],
  },
};
