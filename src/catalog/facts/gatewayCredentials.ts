import type { CatalogFacts } from '../types.ts';
import {
  ecsResponseResults,
  faascmdFaq,
  gatewayErrorList,
  gatewayMissingPattern,
  seen,
} from './citations.ts';

/** API gateway codes: missing AccessKeys, STS tokens, RAM and risk control, flow control. */
export const gatewayCredentialsFacts = [
  {
    code: 'MissingAccessKeyId',
    httpStatus: 400,
    messages: [
      {
        text: 'AccessKeyId is mandatory for this action.',
        sources: [
          gatewayMissingPattern(400),
          seen(
            null,
            'keycloak-phone-provider issue 118',
            'https://github.com/cooperlyt/keycloak-phone-provider/issues/118',
          ),
        ],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'access-key-signature',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'MissingSecurityToken',
    httpStatus: 400,
    messages: [
      {
        text: 'SecurityToken is mandatory for this action.',
        sources: [
          seen(400, 'aliyungo issue 204', 'https://github.com/denverdino/aliyungo/issues/204'),
          seen(400, 'ScoutSuite issue 1678', 'https://github.com/nccgroup/ScoutSuite/issues/1678'),
        ],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'access-key-signature',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'InvalidSecurityToken.Expired',
    httpStatus: 400,
    messages: [
      {
        text: 'Specified SecurityToken is expired.',
        sources: [faascmdFaq(400)],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'access-key-signature',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'InvalidSecurityToken.Malformed',
    httpStatus: 400,
    messages: [
      {
        text: 'Specified SecurityToken is malformed.',
        sources: [faascmdFaq(400)],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'access-key-signature',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'InvalidSecurityToken.MismatchWithAccessKey',
    httpStatus: 400,
    messages: [
      {
        text: 'Specified SecurityToken mismatch with the AccessKey.',
        sources: [faascmdFaq(400)],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'access-key-signature',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'Forbidden.RAM',
    httpStatus: 403,
    messages: [
      {
        text: "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
        sources: [
          seen(
            403,
            'docker-machine-driver-aliyunecs issue 31',
            'https://github.com/AliyunContainerService/docker-machine-driver-aliyunecs/issues/31',
          ),
          seen(400, 'DDNS issue 27 (Alibaba Cloud DNS)', 'https://github.com/mgsky1/DDNS/issues/27'),
        ],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'permission',
    actor: 'ram-admin',
    retry: 'after-fix',
  },
  {
    code: 'Forbidden.RiskControl',
    httpStatus: 403,
    messages: [
      {
        text: 'This operation is forbidden by Aliyun RiskControl system.',
        sources: [
          seen(403, 'packer-provider issue 35', 'https://github.com/alibaba/packer-provider/issues/35'),
        ],
      },
      {
        text: 'This operation is forbidden by Alibaba Cloud RiskControl system.',
        sources: [ecsResponseResults(403)],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'account-billing',
    actor: 'account-owner',
    retry: 'after-fix',
  },
  {
    code: 'Forbidden.AccessKeyDisabled',
    httpStatus: 403,
    messages: [
      {
        text: 'The AccessKey is disabled.',
        sources: [ecsResponseResults(403)],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'access-key-signature',
    actor: 'ram-admin',
    retry: 'after-fix',
  },
  {
    code: 'Throttling.User',
    httpStatus: 400,
    messages: [
      {
        text: 'Request was denied due to user flow control.',
        sources: [
          gatewayErrorList(400),
          seen(
            null,
            'steampipe-plugin-alicloud issue 483',
            'https://github.com/turbot/steampipe-plugin-alicloud/issues/483',
          ),
        ],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'throttling',
    actor: 'nobody',
    retry: 'backoff',
  },
  {
    code: 'Throttling.Api',
    httpStatus: 400,
    messages: [
      {
        text: 'Request was denied due to api flow control.',
        sources: [gatewayErrorList(400)],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'throttling',
    actor: 'nobody',
    retry: 'backoff',
  },
] as const satisfies readonly CatalogFacts[];
