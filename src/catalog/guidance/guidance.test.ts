import { describe, expect, it } from 'vitest';
import { facts } from '../facts/facts.ts';
import { accountAndRequestsGuidance } from './accountAndRequests.ts';
import { accountTagsAndLimitsGuidance } from './accountTagsAndLimits.ts';
import { gatewayCredentialsGuidance } from './gatewayCredentials.ts';
import { gatewayRequestsGuidance } from './gatewayRequests.ts';
import { gatewaySigningGuidance } from './gatewaySigning.ts';
import { guidance } from './guidance.ts';
import { keysAndStatesGuidance } from './keysAndStates.ts';
import { resourcesAndInstancesGuidance } from './resourcesAndInstances.ts';
import { serviceAndAccessGuidance } from './serviceAndAccess.ts';

const groups = [
  serviceAndAccessGuidance,
  accountAndRequestsGuidance,
  keysAndStatesGuidance,
  resourcesAndInstancesGuidance,
  accountTagsAndLimitsGuidance,
  gatewaySigningGuidance,
  gatewayCredentialsGuidance,
  gatewayRequestsGuidance,
];

describe('guidance', () => {
  it('exists for every code, once, and for nothing else', () => {
    const keys = groups.flatMap((group) => Object.keys(group));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(facts.map((entry) => entry.code).sort());
    expect(Object.keys(guidance).sort()).toEqual(keys);
  });
});
