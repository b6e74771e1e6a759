import type { CatalogFacts } from '../types.ts';
import {
  faascmdFaq,
  gatewayErrorList,
  gatewayMissingPattern,
  openApiCommonErrors,
  seen,
} from './citations.ts';

/** API gateway codes: the request's signature, timestamp and nonce, and its AccessKey ID. */
export const gatewaySigningFacts = [
  {
    code: 'SignatureDoesNotMatch',
    httpStatus: 400,
    messages: [
      {
        text: 'Specified signature is not matched with our calculation.',
        sources: [
          gatewayErrorList(400),
          seen(
            400,
            'alibaba-cloud-sdk-go, a server error test',
            'https://github.com/aliyun/alibaba-cloud-sdk-go/blob/8666508d6182f43e97925f4f78b103a9cc13dc37/sdk/errors/server_error_test.go#L56',
          ),
        ],
      },
      {
        text: 'Specified signature does not match our calculation.',
        sources: [
          seen(
            null,
            'alibabacloud-csharp-sdk issue 40 (V3 signature)',
            'https://github.com/aliyun/alibabacloud-csharp-sdk/issues/40',
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
    code: 'InvalidTimeStamp.Expired',
    httpStatus: 400,
    messages: [
      {
        text: 'Specified time stamp or date value is expired.',
        sources: [
          gatewayErrorList(400),
          seen(400, 'ddns-go issue 1291', 'https://github.com/jeessy2/ddns-go/issues/1291'),
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
    code: 'InvalidTimeStamp.Format',
    httpStatus: 400,
    messages: [
      {
        text: 'Specified time stamp or date value is not well formatted.',
        sources: [openApiCommonErrors(400)],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'access-key-signature',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'MissingTimestamp',
    httpStatus: 400,
    messages: [
      {
        text: 'Timestamp is mandatory for this action.',
        sources: [
          gatewayMissingPattern(400),
          seen(null, 'aliyun-ddns-client issue 13', 'https://github.com/rfancn/aliyun-ddns-client/issues/13'),
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
    code: 'SignatureNonceUsed',
    httpStatus: 400,
    messages: [
      {
        text: 'Specified signature nonce was used already.',
        sources: [
          seen(
            400,
            'alibaba-cloud-sdk-go issue 39',
            'https://github.com/aliyun/alibaba-cloud-sdk-go/issues/39',
          ),
          seen(null, 'acme.sh issue 1639', 'https://github.com/acmesh-official/acme.sh/issues/1639'),
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
    code: 'MissingSignatureNonce',
    httpStatus: 400,
    messages: [
      {
        text: 'SignatureNonce is mandatory for this action.',
        sources: [gatewayMissingPattern(400)],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'access-key-signature',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'InvalidSignatureMethod',
    httpStatus: 400,
    messages: [
      {
        text: 'Specified signature method is not valid.',
        sources: [
          seen(
            400,
            'a copy of the OpenAPI common error table on developer.aliyun.com',
            'https://developer.aliyun.com/ask/278265',
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
    code: 'MissingSignature',
    httpStatus: 400,
    messages: [
      {
        text: 'Signature is mandatory for this action.',
        sources: [gatewayMissingPattern(400)],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'access-key-signature',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'InvalidAccessKeyId',
    httpStatus: null,
    messages: [
      {
        text: 'Specified access key is not found or invalid.',
        sources: [
          seen(null, 'aliyun-ddns issue 77', 'https://github.com/sanjusss/aliyun-ddns/issues/77'),
          seen(
            null,
            'openapi-sdk-php-client, a live STS test',
            'https://github.com/aliyun/openapi-sdk-php-client/blob/11db11afd6a05cef9bd49a63a3fea379d075412a/tests/Unit/Clients/RamRoleArnClientTest.php#L56',
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
    code: 'InvalidAccessKeyId.Inactive',
    httpStatus: 400,
    messages: [
      {
        text: 'Specified access key is disabled.',
        sources: [faascmdFaq(400)],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'access-key-signature',
    actor: 'ram-admin',
    retry: 'after-fix',
  },
] as const satisfies readonly CatalogFacts[];
