import type { keysAndStatesFacts } from '../facts/keysAndStates.ts';
import type { CodeOf, GuidanceZh } from '../types.ts';

/** 中文说明：../facts/keysAndStates.ts 中每个错误码的含义与处理。 */
export const keysAndStatesZh: Readonly<Record<CodeOf<typeof keysAndStatesFacts>, GuidanceZh>> = {
  'Rejected.LimitExceeded': {
    meaning:
      '创建该资源会超出 KMS 的资源配额。文档给出的默认配额是每个账号在每个地域最多 200 个密钥、300 个别名、10,000 个密钥版本；凭据和 KMS 实例另有各自的限制。',
    causes: [
      '代码为每个用户、租户或对象各建一个密钥，而没有在同一个密钥下用 GenerateDataKey 做信封加密。',
      '测试和 CI 运行后留下了没有清理的密钥和别名。',
      '凭据相关操作（CreateSecret、PutSecretValue、UpdateSecretVersionStage）达到了凭据数量上限；这几个接口记载的错误信息是 “The secret quota is exceeded.” 和 “exceed secret limits error”。',
      '对 KMS 实例中的密钥或凭据，是该实例的密钥配额或凭据配额已用完；在软件密钥管理实例中，每个密钥版本占用一个密钥配额。',
    ],
    fixes: [
      '先清点现有资源：在该地域调用 ListKeys 和 ListAliases；KMS 实例可调用 GetKmsInstanceQuotaInfos（ResourceType 为 key 或 secret）查看配额和用量。',
      '释放配额：用 DeleteAlias 删除不再使用的别名；只有确认其加密的数据都已不再需要时，才用 ScheduleKeyDeletion 计划删除密钥（处于待删除（PendingDeletion）状态的密钥是否仍占配额，文档没有说明）。',
      '共用一个密钥：用 GenerateDataKey 为每个对象生成各自的数据密钥，全部由同一个 KMS 密钥保护。',
      '确有需要时提高上限：KMS 实例可以变更实例规格（KMS 自身没有变配接口，需通过计费接口 ModifyInstance 完成）；默认的密钥和别名配额，2019 年的使用限制页面说可以提交工单申请提高；之后的文档没有给出流程。',
    ],
    avoid: '不要为了腾出配额而批量删除密钥却不核查它们保护着哪些数据：密钥删除后，用它加密的数据将无法恢复。',
    terms: [
      '资源数量上限',
      '配额超限',
      '超出配额',
      '密钥数量限制',
      '别名数量限制',
      '凭据配额',
      'KMS实例配额',
    ],
  },
  AliasAlreadyExists: {
    meaning: '调用 CreateAlias 时指定的别名，在当前账号的该地域中已经存在。',
    causes: [
      '部署脚本或基础设施代码每次运行都直接调用 CreateAlias，没有先检查。',
      '该别名仍指向以前环境留下的旧密钥，那个密钥可能已处于待删除（PendingDeletion）状态。',
      '该地域中已有其他团队或应用在使用这个名称。',
    ],
    fixes: [
      '用 ListAliases，或以 KeyId=alias/<name> 调用 DescribeKey，查看别名当前指向哪个密钥。',
      '如果它已经指向目标密钥，就把这次调用当作已完成，让部署保持幂等。',
      '确实要改变指向时用 UpdateAlias（新的目标密钥处于待删除状态时会返回 Rejected.PendingDeletion）；否则换一个名称。别名不能重命名。',
    ],
    avoid:
      '不要对其他应用依赖的别名执行 UpdateAlias 或 DeleteAlias：这些应用的 Encrypt、GenerateDataKey 调用会在毫无提示的情况下改用你的密钥，或者直接开始报错。',
    terms: ['别名已存在', '别名重复', '别名冲突', '创建别名失败', 'CreateAlias失败'],
  },
  InvalidKeyMaterial: {
    meaning:
      'ImportKeyMaterial 认为传入的加密密钥材料无效，拒绝导入。文档只给出了错误信息 “key material is invalid.”。',
    causes: [
      '密钥材料没有用 GetParametersForImport 返回的 PublicKey 加密，或者没有使用当时指定的 WrappingAlgorithm（RSA_2048 公钥对应 RSAES_PKCS1_V1_5、RSAES_OAEP_SHA_1 或 RSAES_OAEP_SHA_256；EC_SM2 公钥对应 SM2PKE，仅用于 HSM 密钥）。',
      '长度不对：Aliyun_AES_256 密钥需要 256 位（32 字节）的密钥材料，Aliyun_SM4 密钥需要 128 位（16 字节）。',
      'EncryptedKeyMaterial 不是 Base64 编码、被 Base64 编码了两次，或者加密的是十六进制或 Base64 文本，而不是原始字节。',
      '也可能导入的密钥材料与该密钥最初导入的不同：一个密钥再次导入时只接受原来的密钥材料，而此时 KMS 返回哪个错误码，文档没有说明。',
    ],
    fixes: [
      '针对该 KeyId 调用 GetParametersForImport，WrappingAlgorithm 和 WrappingKeySpec 填实际要用的值（专属KMS 不支持 RSAES_OAEP_SHA_1），再用返回的 PublicKey 加密。',
      '加密原始密钥字节（AES-256 为 32 字节，SM4 为 16 字节），然后对加密结果做一次 Base64 编码。',
      '调用 ImportKeyMaterial，传入该 EncryptedKeyMaterial，以及同一个 GetParametersForImport 响应中的 ImportToken。',
      '重新导入时，从安全备份中取出原来的密钥材料。',
    ],
    avoid:
      '不要向已经有过密钥材料的密钥（执行过 DeleteKeyMaterial 或材料已过期）导入另一份密钥材料：KMS 会拒绝，而且已有密文只能用原来的密钥材料解密。原密钥材料一旦丢失，数据也随之无法找回。',
    terms: ['密钥材料无效', '导入密钥材料失败', '密钥材料长度', '加密密钥材料', '外部密钥导入'],
  },
  InvalidImportToken: {
    meaning: '传给 ImportKeyMaterial 的 ImportToken 对该密钥或这份加密密钥材料无效。',
    causes: [
      '导入令牌来自针对另一个密钥的 GetParametersForImport 调用：导入令牌和加密公钥只能用于该次调用中指定的密钥。',
      '导入令牌和 EncryptedKeyMaterial 出自不同的 GetParametersForImport 调用；每次响应返回的 PublicKey 和 ImportToken 是配对的。',
      '导入令牌在传递过程中被截断或改动（如插入了换行、做了 URL 编码）。',
    ],
    fixes: [
      '针对这个 KeyId 调用 GetParametersForImport，把返回的 PublicKey 和 ImportToken 放在一起保存。',
      '用该 PublicKey 加密密钥材料，再把加密结果和 ImportToken 原样传给 ImportKeyMaterial。',
      '导入令牌在 24 小时内可以重复使用，这段时间内重试无需重新获取，只要它仍与对应的 PublicKey 配对使用。',
    ],
    avoid: '不要混用来自不同 GetParametersForImport 调用或不同密钥的导入令牌和加密密钥材料。',
    terms: ['导入令牌无效', 'ImportToken无效', '导入令牌不匹配', '令牌与公钥不匹配', '加密公钥'],
  },
  ExpiredImportToken: {
    meaning:
      'GetParametersForImport 返回的 ImportToken 及其 PublicKey 已超过有效期（24 小时，见该响应中的 TokenExpireTime）。',
    causes: [
      'GetParametersForImport 与 ImportKeyMaterial 之间隔得太久，例如密钥仪式中插入了审批环节。',
      '脚本复用了以前运行时保存下来的导入令牌。',
    ],
    fixes: [
      '为该密钥重新调用 GetParametersForImport。',
      '用新的 PublicKey 加密同一份原始密钥材料，并在 TokenExpireTime 之前用新的 ImportToken 调用 ImportKeyMaterial。',
      '加密和导入放在同一次会话中完成。',
    ],
    avoid:
      '不要重发已过期的导入令牌，也不要重发为它加密的密钥材料，这一对参数无法再生效。应当用新的公钥重新加密原来的密钥材料；已经有过密钥材料的密钥，绝不能换用新的密钥材料。',
    terms: ['导入令牌过期', '导入令牌已过期', 'ImportToken过期', '导入令牌有效期', '加密公钥过期'],
  },
  'Unsupported.Origin': {
    meaning:
      '该操作不适用于此密钥的密钥材料来源。文档只在 GetParametersForImport 和 ImportKeyMaterial 中列出此错误码，这两个接口要求密钥的 Origin 为 EXTERNAL。UpdateRotationPolicy 和 CreateKeyVersion 同样不接受 EXTERNAL 密钥，但没有列出它，它们记载的“不支持”类错误码是 Rejected.UnsupportedOperation。',
    causes: [
      '对 Origin 为 Aliyun_KMS（密钥材料由 KMS 生成）的密钥调用了 GetParametersForImport 或 ImportKeyMaterial。',
      '导入脚本指错了密钥：用的是由 KMS 生成密钥材料的密钥，而不是专为导入创建的 EXTERNAL 密钥。',
      '也可能是对 Aliyun_KMS 密钥调用了 DeleteKeyMaterial：该接口只针对导入的密钥材料，但文档没有说明此时返回哪个错误码。',
    ],
    fixes: [
      '用 DescribeKey 查看密钥的 Origin。',
      '自带密钥（BYOK）时，用 CreateKey 指定 Origin=EXTERNAL 创建密钥，再向它导入；密钥材料来源在创建时即已确定。软件密钥管理实例中的密钥只支持 Aliyun_KMS；默认密钥和硬件密钥管理实例中的密钥支持 EXTERNAL。',
      '要轮转导入的密钥材料，就新建一个 EXTERNAL 密钥并导入，用 UpdateAlias 把别名指向它，旧密钥保留下来解密旧数据。',
    ],
    avoid: '不要为了换一种密钥材料来源而删除现有密钥再重建：用它加密的数据将无法解密。',
    terms: [
      '密钥材料来源不支持',
      '密钥材料来源',
      '外部密钥',
      '不支持导入密钥材料',
      '自带密钥',
      'Origin不匹配',
    ],
  },
  'Unsupported.Alias': {
    meaning:
      '该操作不接受别名，需要传入密钥 ID。KMS 只记载了错误信息 “Alias is not valid for this api.”，没有说明哪些操作会返回它。',
    causes: [
      '向 API 参考中写明 KeyId 只能是密钥 ID 的操作传入了别名，例如 EnableKey、DisableKey、ScheduleKeyDeletion、CancelKeyDeletion、CreateAlias 或 UpdateRotationPolicy。',
      '为支持别名的操作（Encrypt、GenerateDataKey、GenerateDataKeyWithoutPlaintext、DescribeKey、非对称密钥的各项操作、ListKeyVersions）写的代码，被挪用到了其他操作上。',
    ],
    fixes: [
      '用 DescribeKey（KeyId=alias/<name>，读取 KeyMetadata.KeyId）或 ListAliases 把别名解析为密钥 ID，再传入密钥 ID。',
      '支持别名的地方继续使用别名，以后就能用 UpdateAlias 更换背后的密钥。',
      'SetDeletionProtection 要在 ProtectedResourceArn 中传入密钥 ARN，即 DescribeKey 返回的 Arn。',
    ],
    terms: ['不支持别名', '别名不可用', 'KeyId不支持别名', '别名转密钥ID', '别名无效'],
  },
  'Unsupported.ProtectionLevel': {
    meaning: 'CreateKey 请求的保护级别（ProtectionLevel，通常是 HSM）在该地域不可用。',
    causes: [
      '在没有托管密码机的地域指定了 ProtectionLevel=HSM（托管密码机）；2021 年的文档列出了 11 个提供托管密码机的地域。',
      '为某个地域写的模板或基础设施代码被用到了另一个地域。',
    ],
    fixes: [
      '先确认是否必须使用 HSM 保护。如果必须，就在托管密码机文档所列的地域创建密钥，或者在硬件密钥管理实例中创建（指定 DKMSInstanceId），其中的密钥始终受 HSM 保护。',
      '如果并非必须，就不要传 ProtectionLevel：当前文档建议不设置该参数，KMS 会在有托管密码机的地域使用 HSM，否则使用 SOFTWARE。',
      '如果密钥改到其他地域创建，应用也要改用该地域的接入地址（Endpoint）：密钥按地域隔离。',
    ],
    avoid: '合规要求必须使用 HSM 保护的密钥时，不要悄悄退回 SOFTWARE；这个决定应由相关负责人明确做出。',
    terms: ['保护级别不支持', '保护级别', '托管密码机', 'HSM保护级别', '地域不支持HSM'],
  },
  'Rejected.StateModifiedFailed': {
    meaning:
      '密钥的当前状态不允许所请求的操作，多为 EnableKey、CancelKeyDeletion 这类状态变更。这是 KMS 密钥状态表给出的确定结果，不是临时故障，原样重发同一调用不会成功。',
    causes: [
      '对处于待删除（PendingDeletion）或待导入（PendingImport）状态的密钥调用 EnableKey 或 DisableKey。',
      '对已处于待删除状态的密钥再次调用 ScheduleKeyDeletion；或者对未处于待删除状态的密钥调用 CancelKeyDeletion，即密钥为启用（Enabled）、禁用（Disabled）或待导入状态。',
      '对处于待删除状态的密钥调用 CreateAlias 或 ImportKeyMaterial。',
      '自动化流程对密钥状态做了假设，例如清理任务已计划删除该密钥，之后部署流程又试图启用它。',
    ],
    fixes: [
      '用 DescribeKey 查看状态（KeyState；若为待删除，另看 DeleteDate）。',
      '待删除：如果仍需要该密钥，由密钥管理员调用 CancelKeyDeletion（密钥回到启用状态），然后重新调用。待导入：先导入密钥材料（GetParametersForImport、ImportKeyMaterial），再调用 EnableKey 或 DisableKey。',
      '如果这次调用本身多余（对已计划删除的密钥调用 ScheduleKeyDeletion，对未计划删除的密钥调用 CancelKeyDeletion），无论怎样都不会成功：去掉这次调用；如果当前状态正是想要的，就当作已完成。',
      '在操作审计（ActionTrail）中查明是谁、在什么时间让密钥进入了当前状态。',
    ],
    avoid:
      '不要退避重试：只有密钥状态变了，结果才会变。也不要在弄清密钥为何处于该状态之前，只为让调用通过就撤销删除或导入密钥材料。',
    terms: [
      '密钥状态修改失败',
      '状态修改失败',
      '密钥状态不允许',
      '无法启用密钥',
      '撤销删除失败',
      '密钥状态冲突',
    ],
  },
  'Rejected.Disabled': {
    meaning:
      '密钥处于禁用（Disabled）状态：重新启用之前，KMS 拒绝用它执行密码运算，也拒绝对它执行 CreateKeyVersion 和 UpdateRotationPolicy。它的密钥材料完好无损。',
    causes: [
      '有人调用了 DisableKey 或在控制台禁用了该密钥，例如在安全事件中临时切断访问，或在删除前先禁用以评估影响。',
      '自动禁用闲置密钥的自动化流程选中了这个密钥。',
    ],
    fixes: [
      '用 DescribeKey 确认（KeyState=Disabled），并在操作审计（ActionTrail）中查明是谁禁用的、为什么禁用。',
      '如果该密钥应当继续使用，由密钥管理员调用 EnableKey；之后调用方重试即可成功。',
      '如果是有意禁用，与密钥负责人商定用它加密的数据如何处理。',
    ],
    avoid:
      '不要未经密钥负责人同意就重新启用有意禁用的密钥，也不要用新密钥替换它：用它加密的数据只能由它解密。',
    terms: ['密钥已禁用', '禁用', '密钥被禁用', '密钥禁用状态', '启用密钥'],
  },
  'Rejected.PendingDeletion': {
    meaning:
      '密钥已被计划删除，处于待删除（PendingDeletion）状态，无法使用。预删除周期（当前文档为 7～366 天，2021 年的文档为 7～30 天）结束后，密钥及其密钥材料将被永久删除。',
    causes: [
      '有人或清理脚本对仍在使用的密钥调用了 ScheduleKeyDeletion。',
      '计划删除了错误的密钥（名称或别名相近、环境搞错）。',
      '调用 UpdateAlias 要把别名指向一个处于待删除状态的密钥：UpdateAlias 只检查新的目标密钥。',
    ],
    fixes: [
      '务必在删除日期之前处理：用 DescribeKey 查看 KeyState 和 DeleteDate。',
      '如果仍需要该密钥，由密钥管理员调用 CancelKeyDeletion；密钥回到启用（Enabled）状态，重试即可成功。',
      '之后，对不能删除的密钥用 SetDeletionProtection 开启删除保护（ProtectedResourceArn，EnableDeletionProtection=true）；密钥还处于待删除状态时无法开启。',
      '在操作审计（ActionTrail）中查明是谁计划删除了该密钥。',
    ],
    avoid:
      '不要新建一个密钥来代替它：用该密钥加密的数据无法用新密钥解密。应趁密钥仍处于待删除状态时调用 CancelKeyDeletion。',
    terms: ['待删除', '密钥待删除', '计划删除', '撤销密钥删除', '取消删除密钥', '预删除周期'],
  },
  'Rejected.PendingImport': {
    meaning:
      '密钥处于待导入（PendingImport）状态，没有可用的密钥材料：它以 Origin=EXTERNAL 创建后还没有导入任何材料，或者导入的密钥材料已被删除或已过期。',
    causes: [
      '密钥用 CreateKey（Origin=EXTERNAL）创建，但 ImportKeyMaterial 一直没有完成。',
      '有人执行了 DeleteKeyMaterial，它会让不处于待删除（PendingDeletion）状态的密钥回到待导入状态。',
      '导入的密钥材料到了导入时设定的过期时间（KeyMaterialExpireUnix）；在再次导入同一份密钥材料之前，密钥都无法使用。',
    ],
    fixes: [
      '用 DescribeKey 确认：Origin=EXTERNAL、KeyState=PendingImport，设置过过期时间的还会返回 MaterialExpireTime。',
      '导入：调用 GetParametersForImport，用返回的 PublicKey 加密密钥材料，再调用 ImportKeyMaterial；以前有过密钥材料的密钥只接受同一份材料。',
      '导入时慎重设置过期时间（KeyMaterialExpireUnix，0 表示永不过期），并监控 MaterialExpireTime。',
    ],
    avoid:
      '不要向以前有过密钥材料的密钥导入新的密钥材料：KMS 会拒绝，而且已有密文需要原来的密钥材料才能解密。',
    terms: ['待导入', '密钥待导入', '等待导入', '密钥材料过期', '密钥材料已删除', '导入密钥材料'],
  },
  'Rejected.Unavailable': {
    meaning:
      '阿里云文档既没有定义这个错误码，也没有名为 Unavailable 的密钥状态：文档中的密钥状态只有启用（Enabled）、禁用（Disabled）、待删除（PendingDeletion）和待导入（PendingImport）。Decrypt、GenerateDataKey 和 CreateKeyVersion 列出了它，错误信息为 “The request was rejected because the key state is Unavailable.”。',
    causes: [
      '可能是密钥所在的 KMS 实例暂时无法提供服务，例如实例已断开或已到期（文档未说明）。',
      '可能是密钥材料暂时无法访问，例如在硬件密钥管理实例中（文档未说明）。',
    ],
    fixes: [
      '对该密钥调用 DescribeKey，查看 KeyState 和 DKMSInstanceId。',
      '如果有 DKMSInstanceId，调用 GetKmsInstance 查看 Status（Connected 表示已启用）和 EndDate；实例已到期的，用 BSS 的 RenewInstance 接口续费（ProductCode=kms）。',
      '如果密钥和实例看起来都正常，稍后退避重试；仍然报错的，提交工单并附上 RequestId、密钥 ID 和调用的操作。',
    ],
    avoid: '不要新建替代密钥：已有密文只能由生成它的密钥解密，所以要做的是让这个密钥恢复可用。',
    terms: ['密钥不可用', '密钥状态不可用', 'KMS实例不可用', '密钥暂时不可用'],
  },
};
