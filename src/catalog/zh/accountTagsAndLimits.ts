import type { accountTagsAndLimitsFacts } from '../facts/accountTagsAndLimits.ts';
import type { CodeOf, GuidanceZh } from '../types.ts';

/** 中文说明：../facts/accountTagsAndLimits.ts 中每个错误码的含义与处理。 */
export const accountTagsAndLimitsZh: Readonly<Record<CodeOf<typeof accountTagsAndLimitsFacts>, GuidanceZh>> =
  {
    CreateLXOrderFailed: {
      meaning:
        'OpenKmsService 没能为当前账号创建开通密钥管理服务（KMS）的订单。阿里云文档只说明下单失败，没有说明原因。',
      causes: [
        '可能是账号上有阻止新下单的情况，例如欠费或没有有效的支付方式（文档未列出任何原因）。',
        '可能是账号暂时不能下新订单，例如账号受限或尚未完成必要的设置（文档未说明）。',
        '可能是订单系统的临时故障。',
      ],
      fixes: [
        '先调用 DescribeAccountKmsStatus：如果 AccountStatus 为 Enabled，说明 KMS 已经开通，无需再做任何操作。',
        '请账号所有者登录控制台，在 KMS 开通页尝试开通，看在控制台能否成功下单。',
        '如果控制台也开通失败，或者必须通过 API 开通，请提交工单并附上 RequestId。',
      ],
      avoid: '不要循环调用 OpenKmsService：一个账号只需开通一次，重复下单解决不了账号或计费方面的问题。',
      terms: ['开通KMS失败', '创建订单失败', '下单失败', 'KMS开通失败', '开通密钥管理服务失败'],
    },
    'Duplicate.TagKey': {
      meaning:
        '从错误信息看，TagResources 或 ListTagResources 请求的 Tag 列表中同一个标签键出现了不止一次。文档除这条错误信息外没有更多说明。',
      causes: [
        '标签由多个来源合并而来（默认标签、环境标签、按资源的设置），合并时没有去重，同一个键带着两个值被发了出去。',
        'ListTagResources 的过滤条件重复写了某个键，例如想同时匹配同一个键的两个值。',
        '重试时循环代码把标签列表又追加了一遍，而不是重新构造。',
      ],
      fixes: [
        '用以标签键为键的 map 来构造 Tag 列表，保证每个键只出现一次，再以 Key、Value 键值对的形式发送。',
        '多个来源对同一个键给出不同的值时，发送前先确定以哪个值为准。',
        'ListTagResources 中每个键只过滤一次；要匹配同一个键的多个值，就按每个值分别查询，再合并结果。',
      ],
      avoid: '不要随便删掉其中一个重复项：先判断哪个值是对的，否则密钥或凭据会被绑定上错误的标签值。',
      terms: ['标签键重复', '重复标签键', '标签重复', 'TagKey重复'],
    },
    'Forbidden.NoRealNameAuthentication': {
      meaning: '阿里云账号还没有完成实名认证，而开通 KMS 必须先完成实名认证，因此无法开通。',
      causes: [
        '新注册的账号一直没有完成实名认证。',
        '实名认证已经提交但尚未完成，例如仍在审核中。',
        '调用 OpenKmsService 时用的是另一个账号的身份凭证，而不是已完成实名认证的账号。',
      ],
      fixes: [
        '请账号所有者在阿里云账号中心为该账号完成实名认证。',
        '然后重新调用 OpenKmsService，或在控制台的 KMS 开通页开通，再用 DescribeAccountKmsStatus 确认（AccountStatus 为 Enabled）。',
        '用 STS 的 GetCallerIdentity 确认当前身份凭证属于哪个账号。',
      ],
      avoid:
        '不要为了绕过这个错误，改用另一个已实名认证的账号开通 KMS：密钥和凭据归属于创建它们的账号，从它们的 ARN 就能看出来。',
      terms: ['实名认证', '未实名认证', '未实名', '需要实名认证', '实名认证未完成'],
    },
    'Forbidden.Opened': {
      meaning: '调用了 OpenKmsService，但当前账号早已开通 KMS。每个账号只需开通一次，所以这并不是故障。',
      causes: [
        '开通脚本或编排模板每次运行都会调用 OpenKmsService。',
        'KMS 之前已经开通过，可能是在控制台开通的，也可能是之前的 API 调用开通的。',
      ],
      fixes: [
        '把这个错误码当作成功处理：KMS 已经处于开通状态。Terraform 的 alicloud_kms_service 数据源也是这样处理的。',
        '如需在调用前检查，可调用 DescribeAccountKmsStatus：AccountStatus 为 Enabled 表示 KMS 已开通。',
        '如果 KMS 调用仍然失败，请从别处找原因，例如 RAM 权限或账号的计费状态。',
      ],
      avoid: '不要把它当作失败上报，也不要重试：再次调用 OpenKmsService 不会改变任何状态。',
      terms: ['KMS已开通', '服务已开通', '已开通', '重复开通', '重复开通KMS'],
    },
    'InvalidParameter.TagKey': {
      meaning:
        'TagResources 请求中的某个标签键不符合标签规则。错误信息只是通用的“The specified parameter is not valid.”，从错误码才能看出问题出在标签键上。',
      causes: [
        '标签键以 aliyun 或 acs: 开头，这两个前缀是阿里云保留的。',
        '标签键超过 128 个字符，或者含有英文字母、数字和 / \\ _ - . + = : @ 以外的字符（例如空格或中文等非拉丁字符）。',
        '标签列表的格式不对，导致标签键被解析错：TagResources 接受 Key、Value 键值对，而较早的 TagResource 接受由 TagKey、TagValue 对象组成的 JSON 字符串。',
      ],
      fixes: [
        '发送前先校验标签键：不超过 128 个字符，只含英文字母、数字和 / \\ _ - . + = : @，且不以 aliyun 或 acs: 开头。',
        '核对所调用接口要求的标签格式，并与在 OpenAPI Explorer 中调用成功的请求对比。',
        '不要超出 TagResources 的单次请求限制：最多 20 个标签、50 个 ResourceId。',
      ],
      avoid:
        '不要给自己的标签使用 aliyun 或 acs: 前缀：这两个前缀是保留的，以它们开头的标签无法用 UntagResources 解绑。',
      terms: ['标签键无效', '标签键不合法', '标签键格式错误', 'TagKey无效', '标签键长度', '标签键前缀'],
    },
    'InvalidParameter.TagValue': {
      meaning:
        'TagResources 请求中的某个标签值不符合标签规则。错误信息只是通用的“The specified parameter is not valid.”，从错误码才能看出问题出在标签值上。',
      causes: [
        '标签值超过 128 个字符。',
        '标签值含有英文字母、数字和 / \\ _ - . + = : @ 以外的字符，例如空格、逗号或中文等非拉丁字符。',
        '标签值是用其他数据拼出来的，例如带 ? 或 & 的 URL、JSON 片段或自由填写的备注，从而带入了不允许的字符。',
      ],
      fixes: [
        '发送前先校验标签值：不超过 128 个字符，只含英文字母、数字和 / \\ _ - . + = : @。',
        '把其他字符替换成允许的字符（例如把空格换成 -），或者把自由文本写进密钥或凭据的描述，而不是放进标签。',
        '原样记录实际发送的标签列表，并与在 OpenAPI Explorer 中调用成功的请求对比。',
      ],
      avoid:
        '不要把机密数据或个人信息写进标签值：标签是元数据，凡是有读取权限的人都能通过 ListTagResources 和 DescribeSecret 看到。',
      terms: ['标签值无效', '标签值不合法', '标签值格式错误', 'TagValue无效', '标签值长度', '标签值特殊字符'],
    },
    'Rejected.ShareQuotaExceedLimit': {
      meaning:
        '阿里云文档没有定义这个错误码。CreateKey、CreateSecret、SetKeyPolicy 和 SetSecretPolicy 的错误码列表中有它，其错误信息“Instance Share Quota Exceed Limit.”表明 KMS 实例的某项配额已经用完，看起来是与共享有关的配额。',
      causes: [
        '可能是密钥策略或凭据策略中涉及的其他阿里云账号数量超过了实例允许的上限：策略可以授权给其他账号下的 RAM 用户和 RAM 角色，KMS 也会记录实例共享给了哪些账号，但文档中没有写这样一项配额。',
        '可能是实例的密钥、凭据或访问管理（VPC）配额已用完；但文档没有说明这种情况会报这个错误码。',
      ],
      fixes: [
        '检查实例的配额：GetKmsInstanceQuotaInfos（KmsInstanceId，ResourceType 取 key、secret 或 vpc）返回 ResourceQuota 和 UsedQuantity，GetKmsInstance 则显示 KeyNum、SecretNum 和 VpcNum。',
        '如果失败的是 SetKeyPolicy 或 SetSecretPolicy，可以试着减少策略中来自其他账号的授权主体，看是不是这个数量到了上限。',
        '删除不再需要的资源以释放配额，或者升级实例；同时提交工单并附上 RequestId，确认具体触及的是哪项配额。',
      ],
      avoid:
        '不要原样重试；也不要在没查清密钥保护着哪些数据之前就删除密钥来腾出配额：密钥删除后，用它加密的数据将无法恢复。',
      terms: ['共享配额超限', '实例共享配额', '共享配额', 'KMS实例配额不足', '实例配额超限'],
    },
    Throttling: {
      meaning:
        'KMS 拒绝了请求，因为账号每秒发出的请求数超过了配额。2020 年版 API 文档中，GenerateDataKey 和 ScheduleKeyDeletion 的错误码列表列出了这种形式（HTTP 400）；等待片刻后重试，预计可以成功。',
      causes: [
        '突发的大量调用，例如每条记录或每条消息都调用一次 GenerateDataKey、Encrypt 或 Decrypt，而不是复用数据密钥。',
        '大量应用实例或线程共用同一个账号和地域：请求配额按账号和地域统计，并按操作分组计算。',
        '重试时没有退避，在第一批请求被限流后反而成倍放大了负载。',
      ],
      fixes: [
        '采用指数退避加随机抖动的方式重试，并限制重试次数；KMS 文档建议对被限流的请求进行退避重试。',
        '减少调用次数：使用信封加密（调用一次 GenerateDataKey，之后在本地加密），并在安全规范允许的范围内复用数据密钥。',
        '把批量任务分散到不同时间段执行，使调用速率保持在该操作所属分组的配额以内。',
        '如需长期保持更高的调用速率，请使用 KMS 实例中的密钥并通过实例的专属网关访问，其处理能力随实例的计算性能提升；共享网关的配额无法提升。',
      ],
      avoid: '不要立即重试，也不要让多个线程同时重试：这样会让账号持续超出配额，限流时间反而更长。',
      terms: ['限流', '流控', '触发流控', '调用频率过高', '请求过于频繁'],
    },
    'Rejected.Throttling': {
      meaning:
        'KMS 以 HTTP 429 拒绝了请求，因为超过了每秒请求数（QPS）配额。API 参考在 CreateSecret 中列出了它（“The QPS upper limit is exceeded.”），KMS 的使用限制页面给出的错误信息是“QPS Limit Exceeded”；采用退避重试，预计可以成功。',
      causes: [
        '账号在该地域对某个操作分组的每秒调用次数超过了该分组的配额；分组包括创建或删除凭据、获取凭据值、密码运算等。',
        '部署或测试时一次性创建大量密钥或凭据：当前的性能数据页面规定 CreateKey 为每秒 10 次，创建或删除凭据也是每秒 10 次。',
        '应用每处理一个请求就调用一次 GetSecretValue，而不是缓存凭据值。',
      ],
      fixes: [
        '按照 KMS 针对这个错误给出的建议，采用指数退避加随机抖动的方式重试，并限制重试次数。',
        '降低调用量：在应用中缓存凭据值并定期刷新，复用数据密钥。',
        '创建或删除密钥、凭据的批量任务，把速率控制在每秒几次。',
        '如果 KMS 实例中的密钥和凭据需要长期高频调用，请通过 KMS 实例的专属网关访问；共享网关的配额无法提升。',
      ],
      avoid: '不要立即重试，也不要让多个线程同时重试：这样会让账号持续超出配额，限流时间反而更长。',
      terms: ['QPS超限', '请求被限流', '超过QPS上限', 'QPS配额', '每秒请求数超限', '429限流'],
    },
  };
