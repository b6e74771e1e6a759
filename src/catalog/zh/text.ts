// 目录的中文用语：分类、由谁处理、能否重试、错误码前缀的含义、密钥状态，以及按密钥状态给出的下一步。
// 术语依阿里云密钥管理服务中文文档（见 /README.md 的来源说明）。
import type { CatalogText } from '../text/catalogText.ts';
import { chineseLabels } from './labels.ts';

const STATE: Record<'Enabled' | 'Disabled' | 'PendingDeletion' | 'PendingImport', string> = {
  Enabled: '启用（Enabled）',
  Disabled: '禁用（Disabled）',
  PendingDeletion: '待删除（PendingDeletion）',
  PendingImport: '待导入（PendingImport）',
};

export const chineseCatalogText: CatalogText = {
  ...chineseLabels,
  aliasNote: {
    'Rejetced.PendingDeletion': '旧版页面的拼写错误（Rejetced）；同样会被匹配，因为客户端可能是照着它写的。',
    SerivceUnavailableTemporary: '旧版页面的拼写错误（Serivce）；同样会被匹配，因为客户端可能是照着它写的。',
    SerivceUnvailableTemporary:
      '各 API 操作的参考文档把它拼错了两处（Serivce、Unvailable），错误信息也拼错了。',
  },
  actor: {
    caller: '调用方',
    'key-admin': '密钥管理员',
    'ram-admin': 'RAM 管理员',
    'account-owner': '账号所有者（计费）',
    nobody: '无需处理（等待后重试）',
  },
  actorShort: {
    caller: '调用方',
    'key-admin': '密钥管理员',
    'ram-admin': 'RAM 管理员',
    'account-owner': '账号所有者',
    nobody: '无需处理（重试）',
  },
  revision: {
    older: '2019 年版《公共错误码》页面',
    newer: '2020 年版《公共错误码》页面',
  },
  keyState: STATE,
  familyMeaning: {
    Forbidden:
      '调用方无权执行此操作：RAM 权限或账号状态（开通、欠费、风控）阻止了它，或者所指定的密钥、密钥版本、别名、凭据或 KMS 实例对该调用方不存在。KMS 也把“不存在”类错误归在这一前缀下，因此 Forbidden.*NotFound 通常返回 404，而不是 403。',
    Rejected:
      '请求格式正确、也有权限，但所操作对象的当前状态拒绝了它：密钥处于禁用、待删除或待导入状态，凭据处于删除窗口期，资源已存在，或触及配额、限流。先改变该状态，再重试。',
    Unsupported: '该操作不支持这类密钥、别名或保护级别。请改用该操作支持的密钥或标识；原样重发不会成功。',
    InvalidAccessKeyId:
      '阿里云不接受请求签名所用的 AccessKey ID：它写错了、已删除、已禁用，或并非你想用的那个凭证。',
    InvalidSecurityToken:
      '请求使用 STS 临时凭证签名，但其安全令牌已过期、已损坏，或属于另一个 AccessKey ID。请向 STS 重新获取临时凭证。',
    InvalidTimeStamp: 'API 网关拒绝了请求的 Timestamp：格式不对，或与网关时钟相差太大。',
    Throttling:
      '单位时间内请求过多，可能是账号、用户或该操作维度的限流。按指数退避重试即可；若持续超限，需要减少调用。',
    InvalidParameter: '某个参数存在，但取值不可接受。需要修改请求；原样重发不会成功。',
    none: '不属于以上前缀的错误码：请求格式与参数、签名、别名与标签冲突、密钥材料导入、证书、服务开通，以及服务端故障（500、503）。',
  },
  stateAdvice: {
    theKey: '密钥',
    theTargetKey: '别名要指向的密钥',
    wayOut: {
      Enabled: '它已经是启用状态',
      Disabled: '调用 EnableKey 启用它',
      PendingDeletion: '在预删除周期结束前调用 CancelKeyDeletion 撤销删除（密钥回到启用状态）',
      PendingImport: '通过 GetParametersForImport 和 ImportKeyMaterial 为它导入密钥材料',
    },
    refused: (operation, key, state, wayOut) =>
      `${operation} 被拒绝，因为${key}处于${state}状态：请${wayOut}，然后重试。`,
    disabledOnPurpose:
      '如果它是被有意禁用的，请先询问其密钥管理员：在它保持禁用期间，用它加密的数据都无法解密。',
    deletionIsFinal: '预删除周期一结束，密钥以及用它加密的一切数据都将永久无法恢复。',
    notPendingDeletion: (operation) =>
      `${operation} 只作用于待删除（PendingDeletion）状态的密钥，而该密钥并不处于此状态（可用 DescribeKey 查看）：没有可撤销的删除。`,
    alreadyPendingDeletion:
      '密钥已处于待删除（PendingDeletion）状态：已计划删除，DescribeKey 会显示删除日期。若要更改日期，请先调用 CancelKeyDeletion，再重新调用 ScheduleKeyDeletion。',
    ifState: (state, wayOut) => `若处于${state}状态，${wayOut}`,
    cannotAct: (operation, key, states, ways) =>
      `${key}处于${states.join('或')}状态时，${operation} 无法执行，重试也改变不了这一点。请先用 DescribeKey 查看其状态；${ways.join('；')}。`,
  },
  csv: {
    headers: {
      code: '错误码',
      httpStatus: 'HTTP 状态码',
      message: '错误信息（API 原文）',
      says: '错误信息含义',
      category: '分类',
      actor: '由谁处理',
      retry: '重试',
      aliases: '其他写法',
      meaning: '含义',
    },
    labels: true,
  },
};
