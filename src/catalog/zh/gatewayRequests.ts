import type { gatewayRequestsFacts } from '../facts/gatewayRequests.ts';
import type { CodeOf, GuidanceZh } from '../types.ts';

/** 中文说明：../facts/gatewayRequests.ts 中每个错误码的含义与处理。 */
export const gatewayRequestsZh: Readonly<Record<CodeOf<typeof gatewayRequestsFacts>, GuidanceZh>> = {
  'InvalidAction.NotFound': {
    meaning:
      'API 网关在所调用的接入点上，找不到该产品、该 Version 下名为此 Action 的 API（“Specified api is not found, please check your url and method.”）。Version 不对也会导致此错误：aliyun CLI 自带的测试中，用另一个 API 版本调用 ECS 得到的就是这个错误码。',
    causes: [
      'Action 拼写或大小写有误：API 名称区分大小写，写成 decrypt 或 GetSecretvalue 都会找不到。',
      'Version 不是 KMS 的 API 版本 2016-01-20，网关于是到一个没有该操作的版本中查找。',
      '请求发到了其他产品的接入点，而不是 kms.<region>.aliyuncs.com。',
      '把 AdvanceEncrypt、Sign、GenerateRandom 等 KMS 实例 API 发到了共享网关：这些操作只存在于实例接入点 <kms-instance-id>.cryptoservice.kms.aliyuncs.com，须使用 KMS 实例 SDK 和 ClientKey 调用。',
    ],
    fixes: [
      '对照 KMS 的 API 列表检查 Action 的拼写和大小写，例如 Decrypt、GenerateDataKey、GetSecretValue。',
      '用 GET 或 POST 向 https://kms.<region>.aliyuncs.com 发送请求，并带上 Version=2016-01-20（V3 签名时用 x-acs-version 请求头）。',
      '调用实例 API 时，使用 KMS 实例 SDK 和实例接入点；通过共享网关调用时，使用 2016-01-20 版本的操作，如 Encrypt、Decrypt 和 AsymmetricSign。',
    ],
    terms: ['API不存在', '找不到API', 'Action不存在', '接口不存在', 'Action拼写错误', 'API名称错误'],
  },
  InvalidVersion: {
    meaning:
      'Version 参数指定的 API 版本，不是该接入点上的产品所发布的版本（“Specified parameter Version is not valid.”）。KMS 的版本必须是 2016-01-20；阿里云文档既没有收录此错误码，也没有说明它的 HTTP 状态码。',
    causes: [
      'Version 照抄了其他产品的示例（ECS 的版本是 2014-05-26），或者输错了。',
      '使用了需要手动设置版本的通用客户端（CommonRequest、带 --version 的 aliyun CLI、直接发 HTTP 请求）。',
      '正确的 KMS 版本号发到了其他产品的接入点，在那里它没有意义。',
    ],
    fixes: [
      'KMS 调用一律发送 Version=2016-01-20（V3 签名时为 x-acs-version: 2016-01-20）。',
      '确认接入点是 kms.<region>.aliyuncs.com。',
      '使用 CommonRequest 或 CLI 时，把产品、版本和接入点一起设置好；或者直接使用 KMS 的 SDK 包，这三项都已固定。',
    ],
    terms: ['Version无效', 'API版本错误', '版本号错误', 'Version参数错误', '无效的API版本'],
  },
  ServiceUnavailable: {
    meaning:
      'API 网关后端出现临时故障，请求失败（HTTP 503，“The request has failed due to a temporary failure of the server.”）。KMS 自身的临时不可用以 ServiceUnavailableTemporary 报告。',
    causes: ['除报错信息外文档没有说明；最可能是该地域的服务短暂过载或正在维护。', '该地域正在发生故障。'],
    fixes: [
      '按指数退避加随机抖动重试，并限制重试次数和总时长。',
      '重试创建类调用前，先确认第一次调用是否已经生效：CreateKey 之后用 ListKeys，CreateSecret 之后用 DescribeSecret，CreateAlias 之后用 ListAliases。',
      '如果持续出现，查看阿里云在该地域的 KMS 服务状态，并带上 RequestId 提交工单。',
    ],
    avoid: '不要在紧密循环中重试，也不要多线程同时重试：这会加重负载，还可能导致账号被限流。',
    terms: ['服务不可用', '服务暂时不可用', '503错误', '服务器临时故障', '网关503'],
  },
  InternalError: {
    meaning:
      'API 网关或其后端服务发生了未归类的错误（HTTP 500，“The request processing has failed due to some unknown error, exception or failure.”）。KMS 自身的内部故障以 InternalFailure 报告。',
    causes: [
      '除报错信息外文档没有说明；最可能是服务端的瞬时故障。',
      '也可能是服务端在处理某个输入时出错，而不是用 400 拒绝它：如果同一个请求每次都失败、其他请求却正常，就应怀疑这一点。',
    ],
    fixes: [
      '按指数退避加随机抖动重试，并限制重试次数。',
      '如果某个请求一直失败，提交工单，附上 RequestId、错误响应中的 HostId、地域和操作名称。',
      '重试创建类调用前，用 ListKeys、DescribeSecret 或 ListAliases 确认第一次调用是否已经成功。',
    ],
    avoid: '不要在紧密循环中重试；每次都以同样方式失败的请求需要提交工单，而不是继续重试。',
    terms: ['内部错误', '服务端内部错误', '500错误', '未知错误', '网关500'],
  },
  'InvalidProduct.NotFound': {
    meaning:
      'API 网关无法根据请求所发往的域名判断它属于哪个产品（“Cannot find product according to your specified domain.”）。',
    causes: [
      '接入点域名写错，例如 kms.<region>.aliyuncs.com 中的产品或地域部分拼错了（无法解析的域名会先在 DNS 解析时失败）。',
      'Host 请求头与接入点不一致，是由代理、自定义 DNS 或手写客户端设置的。',
      '可能用 OpenAPI SDK 调用了 KMS 实例接入点（<kms-instance-id>.cryptoservice.kms.aliyuncs.com）；这种情况会返回什么，文档没有说明。',
    ],
    fixes: [
      '使用 https://kms.<region>.aliyuncs.com（例如 kms.cn-hangzhou.aliyuncs.com），在 VPC 内可使用 kms-vpc.<region>.aliyuncs.com；地域须与密钥和凭据所在的地域一致。',
      '在 SDK 中设置 RegionId 或 Endpoint，不要手工拼接 URL，并检查实际发出的 Host 请求头。',
      '调用 KMS 实例 API 时，使用 KMS 实例 SDK 和实例详情页上显示的接入点。',
    ],
    terms: ['找不到产品', 'Endpoint错误', '接入点错误', '域名错误', '产品不存在', 'Host头错误'],
  },
  'InvalidProtocol.NeedSsl': {
    meaning:
      '该 API 只接受 HTTPS，而请求使用的是明文 HTTP（“Your request is denied as lack of ssl protect.”）。KMS 的所有操作都要求使用 HTTPS；阿里云文档中，一张表格将此错误码列为 404，另一张列为 400。',
    causes: [
      '接入点配置成了 http://kms.<region>.aliyuncs.com，或 SDK 的协议设置为 HTTP。',
      '手写客户端或 HTTP 库默认使用 http://。',
      '代理从应用接收 HTTPS 请求，向后转发时却用了 HTTP。',
    ],
    fixes: [
      '调用 https://kms.<region>.aliyuncs.com；在 SDK 中把协议设为 HTTPS（Tea SDK 的 Config 中将 Protocol 设为 "https"，Java 核心 SDK 中调用 request.setProtocol(ProtocolType.HTTPS)）。',
      '如果中间有代理，让它以 HTTPS 连接阿里云。',
    ],
    avoid:
      '不要设法放行 HTTP：按 KMS 文档只能使用 HTTPS，密钥、明文和凭据值都不能以未加密的形式在网络上传输。',
    terms: ['必须使用HTTPS', '需要HTTPS', '不支持HTTP', '缺少SSL', 'HTTP请求被拒绝'],
  },
  InvalidAccessKeySecret: {
    meaning:
      '这不是 API 网关返回的错误码：网关返回签名错误、而服务端的待签名字符串与 SDK 签名所用的完全一致时，阿里云 Python 核心 SDK 会报 InvalidAccessKeySecret，Java 核心 SDK 会报 SDK.InvalidAccessKeySecret（Go 核心 SDK 则保留网关的错误码，只在 Recommend 中写明 InvalidAccessKeySecret）。请求既然构造无误，问题就在于 AccessKey Secret 与 AccessKey ID 不匹配。',
    causes: [
      'Secret 属于另一个 AccessKey，例如轮换前的旧 Secret，或者 ID 和 Secret 来自不同的用户。',
      '复制到环境变量或凭据存储时，Secret 多了空格、换行或引号，或者被截断了。',
      'Secret 在传递过程中被改动：被重复编码、改了大小写，或用错误的字符集读取。',
    ],
    fixes: [
      '找到与该 AccessKey ID 对应的 Secret。Secret 只在创建 AccessKey 时显示，如果已经遗失，请在 RAM 控制台为该 RAM 用户创建新的 AccessKey，并更新应用配置。',
      '读取 Secret 时不要带入多余字符：去掉空白和引号，并与凭据存储中的值比较长度。',
      '用一个无副作用的调用（如 KMS 的 DescribeRegions 或 STS 的 GetCallerIdentity）验证这对 AccessKey。',
    ],
    avoid: '不要为了排查而打印或粘贴 Secret；比较长度或哈希值即可。',
    terms: [
      'AccessKeySecret错误',
      'AccessKeySecret不正确',
      'AK和Secret不匹配',
      'AccessKey不匹配',
      'Secret错误',
    ],
  },
};
