import type { CatalogFacts, CodeOf } from '../types.ts';
import { accountAndRequestsFacts } from './accountAndRequests.ts';
import { accountTagsAndLimitsFacts } from './accountTagsAndLimits.ts';
import { gatewayCredentialsFacts } from './gatewayCredentials.ts';
import { gatewayRequestsFacts } from './gatewayRequests.ts';
import { gatewaySigningFacts } from './gatewaySigning.ts';
import { keysAndStatesFacts } from './keysAndStates.ts';
import { resourcesAndInstancesFacts } from './resourcesAndInstances.ts';
import { serviceAndAccessFacts } from './serviceAndAccess.ts';

/**
 * Every code in the catalog: the KMS documentation's, then the API gateway's.
 *
 * The KMS codes are every error code the documentation lists: the common-errors page (either revision) and
 * the operations' references, one entry per canonical spelling, in five groups.
 *
 * The API gateway fronts every Alibaba Cloud product, KMS included: it refuses a request (signature,
 * timestamp, credentials, RAM, flow control) before KMS sees it. The KMS documentation lists none of its
 * codes; each wording says where it was seen. InvalidAccessKeySecret is made by the SDKs.
 *
 * What each code means and what to do is in ../guidance/; catalog.ts joins them.
 */
export const facts = [
  ...serviceAndAccessFacts,
  ...accountAndRequestsFacts,
  ...keysAndStatesFacts,
  ...resourcesAndInstancesFacts,
  ...accountTagsAndLimitsFacts,
  ...gatewaySigningFacts,
  ...gatewayCredentialsFacts,
  ...gatewayRequestsFacts,
] as const satisfies readonly CatalogFacts[];

/** A code the catalog defines: guidance is keyed by these, so a misspelt key does not compile. */
export type Code = (typeof facts)[number]['code'];
/** A code of the KMS documentation. */
export type KmsCode =
  | CodeOf<typeof serviceAndAccessFacts>
  | CodeOf<typeof accountAndRequestsFacts>
  | CodeOf<typeof keysAndStatesFacts>
  | CodeOf<typeof resourcesAndInstancesFacts>
  | CodeOf<typeof accountTagsAndLimitsFacts>;
/** A code of the API gateway. */
export type GatewayCode =
  | CodeOf<typeof gatewaySigningFacts>
  | CodeOf<typeof gatewayCredentialsFacts>
  | CodeOf<typeof gatewayRequestsFacts>;
