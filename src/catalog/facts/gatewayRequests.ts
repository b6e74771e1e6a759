import type { CatalogFacts } from '../types.ts';
import { ecsResponseResults, faascmdFaq, gatewayErrorList, openApiCommonErrors, seen } from './citations.ts';

/** API gateway codes: unknown action, version or product, plain HTTP, gateway faults; one the SDKs make. */
export const gatewayRequestsFacts = [
  {
    code: 'InvalidAction.NotFound',
    httpStatus: 404,
    messages: [
      {
        text: 'Specified api is not found, please check your url and method.',
        sources: [
          gatewayErrorList(404),
          seen(
            null,
            'aliyun-openapi-php-sdk issue 20',
            'https://github.com/aliyun/aliyun-openapi-php-sdk/issues/20',
          ),
        ],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'request-format',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'InvalidVersion',
    httpStatus: null,
    messages: [
      {
        text: 'Specified parameter Version is not valid.',
        sources: [
          seen(
            null,
            'aliyun-openapi-java-sdk issue 23',
            'https://github.com/aliyun/aliyun-openapi-java-sdk/issues/23',
          ),
          seen(null, 'openapi-sdk-php issue 175', 'https://github.com/aliyun/openapi-sdk-php/issues/175'),
        ],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'request-format',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'ServiceUnavailable',
    httpStatus: 503,
    messages: [
      {
        text: 'The request has failed due to a temporary failure of the server.',
        sources: [
          seen(503, 'packer-provider issue 26', 'https://github.com/alibaba/packer-provider/issues/26'),
          seen(
            503,
            'aliyun-openapi-python-sdk issue 141',
            'https://github.com/aliyun/aliyun-openapi-python-sdk/issues/141',
          ),
        ],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'service-side',
    actor: 'nobody',
    retry: 'backoff',
  },
  {
    code: 'InternalError',
    httpStatus: 500,
    messages: [
      {
        text: 'The request processing has failed due to some unknown error, exception or failure.',
        sources: [ecsResponseResults(500)],
      },
      {
        text: 'The request processing has failed due to some unknown error.',
        sources: [faascmdFaq(500)],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'service-side',
    actor: 'nobody',
    retry: 'backoff',
  },
  {
    code: 'InvalidProduct.NotFound',
    httpStatus: 404,
    messages: [
      {
        text: 'Cannot find product according to your specified domain.',
        sources: [openApiCommonErrors(404)],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'request-format',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'InvalidProtocol.NeedSsl',
    httpStatus: 404,
    messages: [
      {
        text: 'Your request is denied as lack of ssl protect.',
        sources: [openApiCommonErrors(404)],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'request-format',
    actor: 'caller',
    retry: 'after-fix',
  },
  {
    code: 'InvalidAccessKeySecret',
    httpStatus: null,
    messages: [
      {
        text: 'The AccessKeySecret is incorrect. Please check your AccessKeyId and AccessKeySecret.',
        sources: [
          seen(
            null,
            'aliyun-python-sdk-core, which raises it',
            'https://github.com/aliyun/aliyun-openapi-python-sdk/blob/4f81ad8bd6a8d7f9ef2e6883139810ed4218f0e4/aliyun-python-sdk-core/aliyunsdkcore/client.py#L478-L482',
          ),
        ],
      },
      {
        text: 'Specified Access Key Secret is not valid.',
        sources: [
          seen(
            null,
            'aliyun-java-sdk-core, which raises it',
            'https://github.com/aliyun/aliyun-openapi-java-sdk/blob/92d73819e5f2ef8950308a5b89041e4827dc3571/aliyun-java-sdk-core/src/main/java/com/aliyuncs/DefaultAcsClient.java#L244-L245',
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
] as const satisfies readonly CatalogFacts[];
