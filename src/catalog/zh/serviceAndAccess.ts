import type { serviceAndAccessFacts } from '../facts/serviceAndAccess.ts';
import type { CodeOf, GuidanceZh } from '../types.ts';

/** 中文说明：../facts/serviceAndAccess.ts 中每个错误码的含义与处理。 */
export const serviceAndAccessZh: Readonly<Record<CodeOf<typeof serviceAndAccessFacts>, GuidanceZh>> = {
  InternalFailure: {
    meaning: 'KMS 处理请求时发生内部错误（HTTP 500）。文档没有给出原因，请求本身很可能并没有问题。',
    causes: [
      '阿里云文档没有列出原因，最可能是 KMS 或其依赖的服务出现了瞬时故障。',
      '该地域的 KMS 发生故障或服务降级。',
      '也可能是某个输入让 KMS 内部出错，而没有按 400 拒绝：如果同一个请求每次都失败、其他请求却正常，就要考虑这种情况。',
    ],
    fixes: [
      '按指数退避加随机抖动重试（例如 0.5 秒、1 秒、2 秒，设上限），并限制重试次数。',
      '如果某个请求一直失败，提交工单，附上错误响应中的 RequestId（响应里有 HostId 的一并附上）、地域和操作名称。',
      '如果大量请求失败，查看阿里云服务状态中该地域 KMS 的运行情况。',
    ],
    avoid:
      '不要在紧密循环里重试，也不要多个线程同时重试：这会给本已吃紧的服务加压，还可能触发限流。重试 CreateKey 或 CreateAlias 之前，先用 ListKeys 或 ListAliases 确认第一次调用是否其实已经成功；重复调用 CreateAlias 会返回 AliasAlreadyExists。',
    terms: ['内部错误', '内部故障', '服务内部错误', '服务端异常', '500错误'],
  },
  ServiceUnavailableTemporary: {
    meaning: 'KMS 暂时无法处理请求（HTTP 503）。从错误码名称看这是暂时状态，文档没有更多说明。',
    causes: ['阿里云文档没有列出原因，最可能是该地域的 KMS 短时过载或正在维护。', '该地域正在发生故障。'],
    fixes: [
      '按指数退避加随机抖动重试，同时限制重试次数和总时长。',
      '如果持续出现，查看阿里云服务状态中该地域 KMS 的运行情况，并提交工单，附上 RequestId。',
      '采用 KMS 推荐的信封加密来减少调用量：调用一次 GenerateDataKey，之后在本地加密。在短时间内复用同一个数据密钥，还能进一步减少调用。',
      '如果需要跨地域容灾，要在加密之前就规划好：加密 SDK 可以用多个地域的密钥分别加密同一个数据密钥，任一地域都能解密。',
    ],
    avoid:
      '不要不加间隔地循环重试；对于只用一个密钥加密的数据，也不要把 Decrypt 切换到其他地域：密文只能由生成它的密钥、在该密钥所在的地域解密。',
    terms: ['服务暂时不可用', '服务不可用', '暂时不可用', '503错误', '服务繁忙'],
  },
  'InvalidAccessKeyId.NotFound': {
    meaning:
      '请求签名所用的 AccessKey ID 在阿里云上不存在。用户看到的往往是 API 网关的提示：“Specified access key is not found.”',
    causes: [
      'AccessKey ID 输错、被截断，或者复制到环境变量、凭据存储时带进了多余的空格或换行；阿里云 STS 的排障文档就提到过 ID 前后的空格。',
      '该 AccessKey 已在 RAM 控制台删除（例如轮转之后），应用却还在用它。',
      'SDK 实际读到的凭证并非预期的那一组：凭证链中的其他配置文件（profile）、环境变量或实例 RAM 角色。',
    ],
    fixes: [
      '在 RAM 控制台把请求中的 AccessKey ID 与目标 RAM 用户的 AccessKey 逐一比对，并去掉首尾空白字符。',
      '如果 AccessKey 已被删除，为该 RAM 用户创建新的 AccessKey 并更新应用中保存的值；或者改用 RAM 角色和 STS 临时凭证（AssumeRole），临时凭证会定期刷新，不会一直沿用失效的旧值。',
      '在日志中记录 SDK 选用了哪个凭证来源（例如环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID、CLI 配置文件、ECS 实例 RAM 角色），但绝不要记录 AccessKey Secret。',
      '使用临时凭证（AccessKey ID 以 STS. 开头）时，缺少 SecurityToken 返回的是 MissingSecurityToken，凭证过期返回的是 InvalidSecurityToken.Expired，都不是本错误码；请在 Expiration 到期前调用 AssumeRole 刷新。',
    ],
    avoid: '不要把 AccessKey Secret 贴到工单或聊天里请人核对；只凭 AccessKey ID 就能确定是哪个 AccessKey。',
    terms: ['AccessKey不存在', 'AccessKeyId不存在', 'AK不存在', 'AccessKey无效', '访问密钥ID错误'],
  },
  'Forbidden.KeyNotFound': {
    meaning:
      '在当前账号、当前地域下找不到请求指定的密钥。虽然错误码带 Forbidden. 前缀，通常返回的是 HTTP 404；GetSecretPolicy、GetSecretValue、SetKeyPolicy 和 SetSecretPolicy 的文档中列为 403。',
    causes: [
      '接入地址的地域不对：密钥属于地域级资源，在 cn-hangzhou 创建的密钥，通过 kms.cn-shanghai.aliyuncs.com 是找不到的。',
      '在生成密文以外的地域调用了 Decrypt：Decrypt 不传 KeyId，使用的是当初加密数据的那个密钥。',
      '密钥 ID 输错、来自其他环境，或者密钥属于其他账号：只传密钥 ID 时，KMS 在调用者自己的账号中查找，因此其他账号的密钥必须用 ARN 指定，即 acs:kms:<region>:<account-id>:key/<key-id>。',
      '密钥已被删除：调用过 ScheduleKeyDeletion，且预删除周期已经结束。',
    ],
    fixes: [
      '用同一个 KeyId 向目标地域的接入地址调用 DescribeKey；ListKeys 列出调用者在当前地域的密钥，DescribeRegions 列出可供逐一排查的地域。',
      '让客户端指向密钥所在的地域（接入地址和 RegionId 都要改）；如果是 Decrypt，则指向数据加密时所在的地域。使用其他账号的密钥时，传入该密钥的 ARN。',
      '如果用的是别名，要带上 alias/ 前缀，并在该地域用 DescribeKey（KeyId=alias/<name>）或 ListAliases 解析别名。',
      '在操作审计（ActionTrail）中查找该密钥 ID 的 ScheduleKeyDeletion 事件；如果密钥确已删除，用它加密的数据将无法再通过 KMS 解密。',
    ],
    avoid:
      '不要以为新建一个密钥，或者用 CreateAlias、UpdateAlias 把原别名指向新密钥，就能恢复访问：密钥之间彼此独立，已有的密文用新密钥仍然无法解密。',
    terms: ['密钥不存在', '找不到密钥', '密钥未找到', 'KeyId不存在', '密钥ID错误', '密钥已删除'],
  },
  'Forbidden.KeyVersionNotFound': {
    meaning:
      '密钥存在，但没有 KeyVersionId 所指的密钥版本。虽然错误码带 Forbidden. 前缀，返回的是 HTTP 404。',
    causes: [
      '密钥版本只属于某一个密钥：随密钥 A 的数据保存的 KeyVersionId，却和密钥 B 的 KeyId 一起发送了。例如 KeyId 传的是别名，而该别名已被 UpdateAlias 改为指向其他密钥（非对称运算接口接受别名）。',
      'KeyVersionId 是从其他密钥、地域或环境复制来的，或者输错、被截断。',
    ],
    fixes: [
      '用 ListKeyVersions 列出该密钥的所有版本，确认该 ID 在其中；也可以用 DescribeKeyVersion（KeyId、KeyVersionId）确认单个版本。',
      '调用 AsymmetricSign 和 AsymmetricEncrypt 时，从 ListKeyVersions 获取 KeyVersionId：DescribeKey 只对对称密钥返回 PrimaryKeyVersion。',
      '每个签名或密文都要同时保存密钥 ID（不要保存别名）和 KeyVersionId，调用 AsymmetricVerify 或 AsymmetricDecrypt 时一并传入。',
      '对称密钥的调用不需要 KeyVersionId：KMS 用主版本加密，解密时自动使用当初加密的那个版本。',
    ],
    avoid: '不要为了消除报错随手换成当前版本：非对称签名或密文只能用生成它的那个版本来验签或解密。',
    terms: ['密钥版本不存在', '找不到密钥版本', '密钥版本未找到', 'KeyVersionId错误', '版本ID错误'],
  },
  'Forbidden.AliasNotFound': {
    meaning: '当前账号在当前地域下没有这个名称的别名。虽然错误码带 Forbidden. 前缀，返回的是 HTTP 404。',
    causes: [
      '别名在其他地域：别名在同一账号、同一地域内唯一，同名别名可以在多个地域各自存在。',
      '别名已被 DeleteAlias 删除；删除别名不会影响它所指向的密钥。',
      '别名拼写错误，或者负责创建别名的部署流程还没有在这个账号或环境中执行。',
      '也可能是别名指向的密钥已被删除：文档没有说明密钥删除后别名是否还在。',
    ],
    fixes: [
      '在调用者所在的地域调用 ListAliases，查看现有别名；ListAliasesByKeyId 可以查看某个密钥的所有别名。',
      '让客户端指向创建该别名的地域。',
      '先用 DescribeKey 确认当初加密数据的那个密钥，再用 CreateAlias（AliasName=alias/<name>，KeyId=<密钥 ID>）为它重建别名；如果该密钥处于待删除（PendingDeletion）状态，CreateAlias 会返回 Rejected.StateModifiedFailed。',
    ],
    avoid:
      '不要为了消除报错，把缺失的别名绑到一个新建的密钥上：用原密钥加密的数据仍然要靠原密钥解密。应通过 ListKeys、DescribeKey 和操作审计（ActionTrail）找到原密钥，再为它创建别名。',
    terms: ['别名不存在', '找不到别名', '别名未找到', '密钥别名错误', 'alias不存在'],
  },
  'Forbidden.NoPermission': {
    meaning:
      '调用身份（RAM 用户或 RAM 角色）无权对该资源执行此操作。通常返回 HTTP 403，但 CreateKey、GetKeyPolicy、GetSecretPolicy、SetKeyPolicy 和 SetSecretPolicy 的文档中列为 400。',
    causes: [
      'RAM 用户或 RAM 角色的权限策略中，没有一条允许对该密钥执行此操作，例如 kms:Decrypt。',
      '策略中的资源写错了：acs:kms:<region>:<account-id>:key/<key-id> 中的地域、账号 ID 或密钥 ID 不对；或者授权的是别名，而通过别名发起的调用实际是按密钥鉴权的。',
      '某条 Deny 语句或条件排除了这次请求，例如全局条件（acs:CurrentTime）或 kms:tag/<tag-key> 标签条件；对于 KMS 实例中的密钥，密钥策略也参与鉴权。',
      '应用实际使用的身份与预期不同，例如 ECS 实例 RAM 角色，或另一个 STS 角色会话。',
    ],
    fixes: [
      '用同一套凭证调用 STS 的 GetCallerIdentity 确认调用身份，并找出该操作对应的 Action（Decrypt 需要 kms:Decrypt；ReEncrypt 需要 kms:ReEncryptFrom 和 kms:ReEncryptTo）。',
      '请 RAM 管理员授予一条自定义权限策略，只允许对该密钥 ARN 执行这一个操作，例如对 acs:kms:cn-hangzhou:<account-id>:key/<key-id> 授予 kms:Decrypt。',
      '检查该用户、其所属用户组或该角色上所有权限策略中的 Deny 语句和条件。只有 KMS 实例中的密钥才有密钥策略（GetKeyPolicy；对其他密钥调用会返回 Forbidden.KeyPolicyUnSupported）；跨账号使用这类密钥时，需要它的密钥策略和对方账号的 RAM 权限策略同时允许。',
      '对于 KMS 实例中的密钥，文档说明通过 OpenAPI 进行密码运算时，只能使用可信实体为阿里云服务的 RAM 角色；推荐改用 KMS 实例 SDK。',
    ],
    avoid:
      '不要为了消除报错而授予 AliyunKMSFullAccess 或 AdministratorAccess：只对这一个密钥授予这一个操作。完全访问权限还会让该身份能够禁用密钥或计划删除密钥。',
    terms: ['无权限', '权限', '没有权限', '权限不足', '拒绝访问', 'RAM授权', '未授权'],
  },
  'Forbidden.AccessKey': {
    meaning:
      '该 AccessKey 未启用，KMS 拒绝用它签名的请求。共用的 API 网关对已禁用的 AccessKey 返回的是 InvalidAccessKeyId.Inactive（“Specified access key is disabled.”）。',
    causes: [
      '管理员在 RAM 控制台禁用了该 AccessKey，例如在轮转期间或怀疑泄露之后。',
      '轮转时旧 AccessKey 已被禁用，应用却还在用它。',
    ],
    fixes: [
      '在 RAM 控制台该 RAM 用户的页面查看 AccessKey 的状态，并向管理员确认禁用原因。',
      '把应用切换到该用户处于启用状态的 AccessKey，或者改用 RAM 角色和 STS 临时凭证，然后重新部署。',
      '只有管理员确认是误操作禁用的，才重新启用旧的 AccessKey。',
    ],
    avoid: 'AccessKey 如果是因为泄露而被禁用的，不要重新启用，应轮转为新的 AccessKey。',
    terms: ['AccessKey未启用', 'AccessKey已禁用', 'AccessKey被禁用', 'AK被禁用', 'AK未启用'],
  },
  UnsupportedHTTPMethod: {
    meaning:
      'KMS 不接受该请求使用的 HTTP 方法。按 KMS API 参考，请求应通过 HTTPS 以 GET 或 POST 发送，参数放在请求 URL 中。',
    causes: [
      '自己编写的客户端或通用 HTTP 库发送了 PUT、DELETE 等方法；文档没有说明具体哪些方法会返回此错误码。',
      '在浏览器的 JavaScript 中直接调用 KMS，浏览器可能会先发一个 OPTIONS 预检请求（何况浏览器端本来就不应持有 AccessKey）。',
      '调用方与 KMS 之间的代理或网关改写了请求方法。',
    ],
    fixes: [
      '按 KMS API 参考，用 GET 或 POST 请求 HTTPS 接入地址（例如 https://kms.cn-hangzhou.aliyuncs.com/），所有参数放在查询字符串中；或者直接使用官方 SDK，由它构造请求。',
      '签名时使用实际发送的方法：HTTP 方法是待签名字符串（StringToSign）的第一部分。',
      '从后端服务调用 KMS，并确认中间的代理会原样转发请求方法。',
    ],
    terms: ['HTTP方法不支持', '请求方法不支持', '不支持的请求方法', '请求方式错误', '只支持GET和POST'],
  },
};
