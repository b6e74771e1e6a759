import type { Code } from '../facts/facts.ts';
import type { Guidance } from '../types.ts';
import { accountAndRequestsGuidance } from './accountAndRequests.ts';
import { accountTagsAndLimitsGuidance } from './accountTagsAndLimits.ts';
import { gatewayCredentialsGuidance } from './gatewayCredentials.ts';
import { gatewayRequestsGuidance } from './gatewayRequests.ts';
import { gatewaySigningGuidance } from './gatewaySigning.ts';
import { keysAndStatesGuidance } from './keysAndStates.ts';
import { resourcesAndInstancesGuidance } from './resourcesAndInstances.ts';
import { serviceAndAccessGuidance } from './serviceAndAccess.ts';

/**
 * What every code means and what to do, one file per group of ../facts/. Each group is keyed by its facts'
 * codes, so a code without guidance, or guidance for a code that is not there, does not compile.
 */
export const guidance: Readonly<Record<Code, Guidance>> = {
  ...serviceAndAccessGuidance,
  ...accountAndRequestsGuidance,
  ...keysAndStatesGuidance,
  ...resourcesAndInstancesGuidance,
  ...accountTagsAndLimitsGuidance,
  ...gatewaySigningGuidance,
  ...gatewayCredentialsGuidance,
  ...gatewayRequestsGuidance,
};
