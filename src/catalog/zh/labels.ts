// 目录的中文标签：首屏（错误码表、筛选、徽标）用到的部分。
import type { CatalogLabels } from '../text/catalogText.ts';

export const chineseLabels: CatalogLabels = {
  category: {
    'access-key-signature': 'AccessKey、安全令牌与签名',
    permission: '权限',
    'account-billing': '账号、开通与计费',
    'request-format': '请求格式',
    'resource-not-found': '资源不存在',
    'key-state': '密钥状态',
    'resource-conflict': '资源已存在或正在删除',
    'key-material-import': '密钥材料导入',
    unsupported: '该密钥或资源不支持此操作',
    'kms-instance': 'KMS 实例',
    quota: '配额',
    throttling: '限流',
    'service-side': '服务端',
  },
  retry: {
    never: '重试无效',
    'after-fix': '先修正，再重试',
    'after-state-change': '状态改变后再重试',
    backoff: '退避后重试',
  },
  family: {
    Forbidden: 'Forbidden.',
    Rejected: 'Rejected.',
    Unsupported: 'Unsupported.',
    InvalidAccessKeyId: 'InvalidAccessKeyId',
    InvalidSecurityToken: 'InvalidSecurityToken',
    InvalidTimeStamp: 'InvalidTimeStamp',
    Throttling: 'Throttling',
    InvalidParameter: 'InvalidParameter',
    none: '其他错误码',
  },
};
