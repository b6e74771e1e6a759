import type { Code } from '../facts/facts.ts';
import type { GuidanceZh } from '../types.ts';
import { accountAndRequestsZh } from './accountAndRequests.ts';
import { accountTagsAndLimitsZh } from './accountTagsAndLimits.ts';
import { gatewayCredentialsZh } from './gatewayCredentials.ts';
import { gatewayRequestsZh } from './gatewayRequests.ts';
import { gatewaySigningZh } from './gatewaySigning.ts';
import { keysAndStatesZh } from './keysAndStates.ts';
import { resourcesAndInstancesZh } from './resourcesAndInstances.ts';
import { serviceAndAccessZh } from './serviceAndAccess.ts';

/**
 * 每个错误码的中文说明，每组一个文件，与 ../facts/ 一一对应。每组以其事实的错误码为键：缺少说明、或为不存在的
 * 错误码写说明，都无法通过编译。
 */
export const guidanceZh: Readonly<Record<Code, GuidanceZh>> = {
  ...serviceAndAccessZh,
  ...accountAndRequestsZh,
  ...keysAndStatesZh,
  ...resourcesAndInstancesZh,
  ...accountTagsAndLimitsZh,
  ...gatewaySigningZh,
  ...gatewayCredentialsZh,
  ...gatewayRequestsZh,
};
