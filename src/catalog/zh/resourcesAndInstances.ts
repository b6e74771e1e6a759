import type { resourcesAndInstancesFacts } from '../facts/resourcesAndInstances.ts';
import type { CodeOf, GuidanceZh } from '../types.ts';

/** 中文说明：../facts/resourcesAndInstances.ts 中每个错误码的含义与处理。 */
export const resourcesAndInstancesZh: Readonly<
  Record<CodeOf<typeof resourcesAndInstancesFacts>, GuidanceZh>
> = {
  'Certificate.NotFound': {
    meaning: 'KMS 证书管家在当前账号、所调用的地域中，找不到 CertificateId 指定的证书。',
    causes: [
      '证书已用 DeleteCertificate 删除，其私钥和证书链也随之被永久删除。',
      'CertificateId 输错了，或者是从其他环境、其他账号复制来的。',
      '请求发往的地域与执行 CreateCertificate 的地域不同：KMS 的接入地址按地域区分。',
    ],
    fixes: [
      '在创建证书所在地域的接入地址上，用同一个 CertificateId 调用 DescribeCertificate；如果能找到，Status 会显示它是仍在等待 UploadCertificate（PENDING），还是已启用、已禁用或已吊销。',
      '从 CreateCertificate 的返回结果中取得 ID 并保存在配置里：此 API 版本没有列出证书的接口。',
      '如果证书已删除，就新建一个：调用 CreateCertificate，请 CA 签发它返回的 CSR，再调用 UploadCertificate；并更新所有信任旧证书或其公钥的地方。',
    ],
    avoid: '不要指望找回已删除的证书：DeleteCertificate 会删除证书及其私钥和证书链，三者都无法恢复。',
    terms: ['证书不存在', '找不到证书', '证书已删除', 'CertificateId不存在', '证书管家'],
  },
  'Forbidden.DKMSInstanceNotFound': {
    meaning:
      '在当前账号的该地域中，KMS 找不到请求所指的 KMS 实例（错误码中写作 DKMS；实例 ID 以 kst- 开头）。',
    causes: [
      '传给 CreateKey 或 CreateSecret 的 DKMSInstanceId 输错了，或者属于其他地域、其他账号。',
      '实例已被释放，实例中的所有密钥和凭据也随之释放。',
      '模板在没有 KMS 实例的环境中设置了 DKMSInstanceId；默认密钥不需要实例 ID。',
      'GetSecretValue 本身不带实例 ID 参数；它返回此错误码时，推测是凭据所在的 KMS 实例已不存在（文档没有说明）。',
    ],
    fixes: [
      '在同一地域调用 ListKmsInstances，把返回的 KmsInstanceId 与请求中的 ID 逐一比对；GetKmsInstance（KmsInstanceId）可查看单个实例的详情。',
      '把列表中确实存在的 ID 作为 DKMSInstanceId 传入；如果本意是创建默认密钥，就不要传 DKMSInstanceId。',
      '如果实例已释放，其中的密钥和凭据也已一并释放；软件密钥管理实例只能从释放前做的备份中恢复。',
    ],
    avoid:
      '不要在别的实例中新建密钥，指望它能解密旧数据：用已释放实例中的密钥加密的密文，任何其他密钥都无法解密。',
    terms: ['KMS实例不存在', '找不到KMS实例', '实例不存在', '实例已释放', '实例ID错误'],
  },
  'Forbidden.DKMSInstanceStateInvalid': {
    meaning: 'KMS 实例存在，但当前状态无法处理该请求。阿里云文档没有说明哪些实例状态会导致这个错误码。',
    causes: [
      '实例已购买但从未启用：GetKmsInstance 返回的 Status 为 Uninitialized（未启用）。',
      '实例仍在启用过程中（Status 为 Connecting，即连接中），例如自动化流程刚创建完实例就去创建密钥。',
      '也可能是实例处于 Disconnected（已断开）或 Error（状态异常），或者实例已过到期时间（EndDate）；这几种情况文档都没有说明。',
    ],
    fixes: [
      '用 KmsInstanceId 调用 GetKmsInstance，查看 Status（Uninitialized、Connecting、Connected、Disconnected、Error）和 EndDate；Connected 表示已启用。',
      '若为 Uninitialized，调用 ConnectKmsInstance 启用软件密钥管理实例（KmsInstanceId、VpcId、两个 ZoneIds、VSwitchIds、KMProvider=Aliyun）；该接口不能启用硬件密钥管理实例。',
      '若为 Connecting，稍等后退避重试；Terraform 的 provider 遇到这个错误码时也会重试 CreateKey。',
      '若实例已到期，用 BSS 的 RenewInstance 接口续费（ProductCode=kms；KMS 自身没有续费接口）；若为 Disconnected 或 Error，提交工单并附上 RequestId。',
    ],
    avoid:
      '不要靠释放再重建实例来“重置”它：释放会删除实例中的密钥和凭据，用这些密钥加密的数据将再也无法解密。',
    terms: ['KMS实例状态异常', '实例状态无效', '实例未启用', '实例连接中', '实例已到期', '启用KMS实例'],
  },
  'Forbidden.KeyPolicyUnSupported': {
    meaning:
      '该密钥或凭据没有可读取或设置的策略：只有 KMS 实例中的密钥和凭据才有密钥策略和凭据策略。对凭据返回的也是这条说“密钥”的错误信息。',
    causes: [
      '对不在 KMS 实例中的默认密钥调用了 GetKeyPolicy 或 SetKeyPolicy。',
      '对不在 KMS 实例中的凭据调用了 GetSecretPolicy 或 SetSecretPolicy。',
      '为实例密钥写的代码或模板（例如基于密钥策略的跨账号访问方案）被用在了默认密钥上。',
    ],
    fixes: [
      '调用 DescribeKey（或 DescribeSecret）查看 DKMSInstanceId：只有 KMS 实例中的密钥或凭据才有策略。',
      '默认密钥和不在实例中的凭据，改用 RAM 用户和 RAM 角色上的 RAM权限策略控制访问。',
      '如果需要资源策略（例如允许其他账号使用该密钥），就在 KMS 实例中创建密钥或凭据（CreateKey 或 CreateSecret 时指定 DKMSInstanceId，可选传入 Policy），并把新业务迁移过去。',
    ],
    avoid:
      '不要重试：密钥或凭据是否支持策略不会改变。新建的实例密钥只对此后加密的数据有用，已有密文仍需要原来的密钥解密。',
    terms: ['不支持密钥策略', '密钥策略', '凭据策略', '默认密钥策略', 'SetKeyPolicy失败', '资源策略'],
  },
  'Forbidden.ResourceNotFound': {
    meaning:
      'KMS 找不到请求中指定的对象：在 DescribeSecret、GetSecretValue、PutSecretValue、RestoreSecret、DeleteSecret 等凭据操作中指凭据，在 GetKeyPolicy 和 SetKeyPolicy 中指策略（“Policy not found.”）。多数操作返回 HTTP 403；DeleteSecret 和 GetKeyPolicy 返回 404；CreateSecret 在 API 元数据中为 403，在其 API 参考中为 404。',
    causes: [
      '凭据操作：当前账号和地域中没有这个 SecretName 的凭据，例如名称拼错、地域不对，或者访问其他账号的凭据时用了名称而不是 ARN（acs:kms:<region>:<account-id>:secret/<name>）。',
      '凭据操作：凭据已用 ForceDeleteWithoutRecovery=true 立即删除，或者其可恢复的窗口期已经结束。',
      'GetKeyPolicy、SetKeyPolicy、GetSecretPolicy 和 SetSecretPolicy：PolicyName 设成了 default 以外的值，而 default 是 KMS 唯一支持的策略名称。',
      'CreateSecret：文档没有说明缺的是什么；可能是请求引用的某个资源，例如 EncryptionKeyId 中的密钥。',
    ],
    fixes: [
      '凭据：在目标地域调用 ListSecrets（可用 Filters 按 SecretName 筛选），再用准确的名称调用 DescribeSecret；访问其他账号的凭据时用完整的 ARN。',
      '策略：不传 PolicyName，或者设为 default。',
      'CreateSecret：用 DescribeKey 检查 EncryptionKeyId 中的密钥，它必须是与凭据属于同一 KMS 实例的对称密钥。',
      '如果凭据已被彻底删除，在操作审计（ActionTrail）中找到对应的 DeleteSecret 调用，然后用 CreateSecret 重新创建凭据并存入凭据值。',
    ],
    avoid:
      '不要以为找不到的凭据就可以直接重建：已删除的凭据在可恢复的窗口期内，CreateSecret 会拒绝使用它的名称（Rejected.ResourceInDeleteWindow）。应在窗口期内用 RestoreSecret 恢复。',
    terms: ['凭据不存在', '资源不存在', '找不到凭据', '策略不存在', '凭据已删除', 'SecretName不存在'],
  },
  'InvalidResourceId.NotFound': {
    meaning:
      'TagResources、UntagResources 或 ListTagResources 请求中的某个 ResourceId 不对应任何现有的密钥或凭据。文档只给出了错误信息，下面的原因是根据参数推断的。',
    causes: [
      'ResourceType 与 ID 不符：ResourceType=key 时传了凭据，或者 ResourceType=secret 时传了密钥 ID。',
      '这些接口必填的 RegionId，或所用的接入地址，与资源所在的地域不一致。',
      '密钥或凭据已被删除，或者 ID 拼错了、属于其他账号。',
    ],
    fixes: [
      '在对应地域逐个核对 ID：ResourceType=key 用 DescribeKey，ResourceType=secret 用 DescribeSecret。',
      '每种 ResourceType、每个地域分别发请求，每次最多 50 个 ResourceId。',
      '从列表中去掉已删除资源的 ID。',
    ],
    avoid: '不要原样重发同一批请求：先找出对不上的那个 ID，改正或去掉后再发。',
    terms: ['资源ID不存在', 'ResourceId不存在', '绑定标签失败', '解绑标签失败', '标签资源不存在'],
  },
  'Rejected.InvalidRequest': {
    meaning:
      '阿里云文档没有定义这个错误码。只有 UpdateSecretVersionStage 列出了它，错误信息为 “param mismatch”，看来是与版本状态相关的几个参数彼此不匹配，或与凭据现有的版本对不上。',
    causes: [
      '可能是 RemoveFromVersion 指定的版本上并没有所给的 VersionStage（文档没有说明）。',
      '可能是 VersionStage 为 ACSCurrent 或 ACSPrevious 却没有指定 MoveToVersion：文档说明这两个内置的版本状态只能移到另一个版本上，不能直接移除。',
      '可能是 MoveToVersion 或 RemoveFromVersion 指定了该凭据中不存在的版本号。',
    ],
    fixes: [
      '调用 ListSecretVersionIds（SecretName；IncludeDeprecated=true 可包含没有版本状态的版本），查看每个版本状态标记在哪个版本上。',
      '发送 VersionStage 时，RemoveFromVersion 填当前带有该状态的版本，MoveToVersion 填目标版本；ACSCurrent 和 ACSPrevious 一律要指定 MoveToVersion。',
      '如果参数与 ListSecretVersionIds 的结果一致却仍然报错，提交工单并附上 RequestId。',
    ],
    avoid: '不要原样重发：必须先改参数。',
    terms: ['参数不匹配', '凭据版本状态', '更新版本状态失败', '版本号不匹配'],
  },
  'Rejected.ResourceExist': {
    meaning:
      '请求要创建的东西已经存在：CreateSecret 时是同名（SecretName）的凭据；PutSecretValue 时是版本号（VersionId）相同但凭据值不同的版本。',
    causes: [
      'CreateSecret：当前账号和地域中已有同名凭据，例如由之前某次部署创建。',
      'PutSecretValue：该 VersionId 已在凭据中使用且 SecretData 不同；版本只能写入一次，用相同的 VersionId 重发相同的数据则会成功。',
      'UpdateSecret 也列出了此错误码，但没有说明原因；在 CreateApplicationAccessPoint 中，错误信息表明应用接入点已经存在。',
    ],
    fixes: [
      'CreateSecret：用该名称调用 DescribeSecret；如果正是要用的凭据，就用 PutSecretValue 存入新的凭据值，而不是重新创建。',
      'PutSecretValue：每个新值都用一个新的、唯一的 VersionId（例如 UUID）；ListSecretVersionIds 可查看已用的版本号。',
      'CreateApplicationAccessPoint：换一个 Name，或者复用已有的应用接入点（DescribeApplicationAccessPoint）。',
    ],
    avoid:
      '不要用删除后重建凭据的办法绕过：除非立即删除，已删除的凭据在 7～30 天的可恢复窗口期内仍占着这个名称，CreateSecret 会拒绝；而立即删除会永久丢失所有版本。',
    terms: ['凭据已存在', '资源已存在', '凭据名称重复', '版本号已存在', 'VersionId重复', '应用接入点已存在'],
  },
  'Rejected.ResourceInDeleteWindow': {
    meaning:
      '凭据已被计划删除，正处于可恢复的窗口期内。UpdateSecret、UpdateSecretVersionStage 和 DeleteSecret 不会处理它，CreateSecret 也不允许重用它的名称。',
    causes: [
      '调用 DeleteSecret 时没有设置 ForceDeleteWithoutRecovery，凭据会在 RecoveryWindowInDays（7～30 天，默认 30 天）之后才删除。',
      '部署流程删除了某个凭据，现在又用同一个名称重新创建，例如在测试环境中。',
      '对已计划删除的凭据再次调用了 DeleteSecret（根据 DeleteSecret 列出此错误码推断）。',
    ],
    fixes: [
      '调用 DescribeSecret：PlannedDeleteTime 即计划删除时间。',
      '如需保留该凭据，在这个时间之前调用 RestoreSecret（SecretName），凭据即可照常使用。',
      '如需立即重用这个名称，且确认没有任何地方还需要旧的凭据值：先 RestoreSecret，再以 ForceDeleteWithoutRecovery=true（不传 RecoveryWindowInDays）调用 DeleteSecret，然后 CreateSecret。',
      '否则等到 PlannedDeleteTime 之后，或者换一个名称创建凭据。',
    ],
    avoid: '不要立即删除任何可能还有用的凭据：以 ForceDeleteWithoutRecovery=true 删除的凭据无法恢复。',
    terms: ['凭据已计划删除', '凭据待删除', '删除窗口期', '恢复凭据', '凭据名称被占用'],
  },
  'Rejected.ResourceInUse': {
    meaning:
      '从错误信息（“restore normal secret”）看，是对一个没有被计划删除的凭据调用了 RestoreSecret，没有什么可恢复的。文档没有更多说明。',
    causes: [
      '凭据已经恢复过（之前的调用或其他人的操作），或者根本没有被删除。',
      '恢复脚本对列表中的每个凭据都调用 RestoreSecret，没有先检查哪些处于计划删除中。',
    ],
    fixes: [
      '调用 DescribeSecret：如果没有 PlannedDeleteTime，说明凭据正常可用，这次恢复可以视为已完成。',
      '在脚本中把这个错误码当作该凭据恢复成功处理。',
    ],
    avoid: '不要把它当作失败上报，也不要重试：凭据本身就能正常使用。',
    terms: ['恢复凭据失败', '凭据无需恢复', '凭据未删除', 'RestoreSecret报错'],
  },
  'Rejected.UnsupportedOperation': {
    meaning:
      'KMS 不支持对当前这个密钥或凭据执行该操作；具体拒绝的是什么取决于操作（见可能原因）。错误信息为 “Unsupported operation.”，UpdateSecretVersionStage 例外，为 “secret stages in unnormal status”。',
    causes: [
      'CreateKeyVersion：该密钥不支持手动创建版本。2021 年的文档只允许为非对称默认密钥创建版本，且距上一个版本至少 7 天，并指明 7 天内调用会返回此错误码；2024 年的文档只允许为软件密钥管理实例中处于启用（Enabled）状态的对称密钥创建版本。',
      'UpdateRotationPolicy：该密钥不能自动轮转，例如导入密钥材料的密钥（Origin 为 EXTERNAL）、由云产品托管的密钥，或默认密钥和软件密钥管理实例中的对称密钥以外的其他类型（其中哪些会返回此错误码是推断的）。',
      'AsymmetricEncrypt 或 AsymmetricDecrypt：可能是密钥的 KeyUsage 不是 ENCRYPT/DECRYPT，或 Algorithm 不在其 KeySpec 支持之列（文档没有说明）。',
      'UpdateSecretVersionStage：文档没有说明；可能是凭据不允许的版本状态变更，例如对通用凭据以外的凭据操作。',
    ],
    fixes: [
      '调用 DescribeKey，对照该操作的规则检查 KeySpec、KeyUsage、Origin、DKMSInstanceId 和 KeyState；CreateKeyVersion 还要看 LastRotationDate。',
      'CreateKeyVersion：适用 7 天间隔的，等到 LastRotationDate 之后满 7 天；否则改用支持版本的密钥类型，或者在支持的情况下用 UpdateRotationPolicy 开启自动轮转。',
      'AsymmetricEncrypt 和 AsymmetricDecrypt：使用 KeyUsage 为 ENCRYPT/DECRYPT 的密钥和其 KeySpec 支持的 Algorithm，例如 RSA_2048 用 RSAES_OAEP_SHA_256。',
      'UpdateSecretVersionStage：用 DescribeSecret 查看 SecretType，用 ListSecretVersionIds 查看版本状态；ACSCurrent 和 ACSPrevious 要用 MoveToVersion 移走，而不是直接移除。',
    ],
    avoid:
      '不要循环重试：除了旧版 CreateKeyVersion 规则中要等上几天的 7 天间隔，同一个密钥或凭据上的同一调用会一直失败。',
    terms: [
      '不支持的操作',
      '操作不支持',
      '无法创建密钥版本',
      '不支持自动轮转',
      '密钥轮转失败',
      '非对称加密不支持',
    ],
  },
  UnsupportedOperation: {
    meaning:
      '阿里云文档没有定义这个错误码。CreateKey、CreateSecret、Decrypt 和 GenerateDataKey 列出了它，错误信息为 “This action is not supported.”，只说明 KMS 不支持按所发送的方式处理这个请求。',
    causes: [
      '可能是目标不支持的参数组合，例如在软件密钥管理实例中以 Origin=EXTERNAL 调用 CreateKey，而软件密钥管理实例只接受 Aliyun_KMS（这条规则有文档说明，但文档没有提到它是否返回此错误码）。',
      '可能是通过 OpenAPI 对 KMS 实例中的密钥调用 Decrypt 或 GenerateDataKey 时，所用身份不是可信实体为阿里云服务的 RAM 角色，而文档只允许以这种身份通过 OpenAPI 调用。',
      '有一份公开报告（terraform-provider-alicloud issue 5164，2022 年）在创建用于专属KMS 实例的密钥时遇到了此错误码，当时 provider 还不能传入 DKMSInstanceId。',
    ],
    fixes: [
      '对相关密钥调用 DescribeKey：有 DKMSInstanceId 说明它在 KMS 实例中，再用 GetKmsInstance 查看该实例是否为 Connected。',
      '对照该类密钥的文档规则检查请求：CreateKey 看 KeySpec、Origin 和 DKMSInstanceId；CreateSecret 看 EncryptionKeyId 是否为与凭据同属一个实例的对称密钥。',
      '对实例密钥做密码运算时，通过实例的接入地址使用 KMS 实例 SDK，或者以可信实体为阿里云服务的 RAM 角色调用 OpenAPI。',
      '如果仍然失败，提交工单并附上 RequestId、操作名称和请求参数（切勿附上明文或凭据值）。',
    ],
    avoid: '不要把它当作 Rejected.UnsupportedOperation 处理，那是另一个文档更完整的错误码；也不要原样重试。',
    terms: ['不支持此操作', '此操作不支持', '实例密钥解密失败', 'KMS实例SDK', 'CreateKey不支持'],
  },
};
