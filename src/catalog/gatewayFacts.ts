import type { CatalogFacts, HttpStatus, MessageSource } from './types.ts';

const seen = (status: HttpStatus | null, where: string, url: string): MessageSource => ({
  kind: 'seen',
  status,
  where,
  url,
});

/**
 * Codes of the API gateway that fronts every Alibaba Cloud product, KMS included: it refuses a request
 * (signature, timestamp, credentials, RAM, flow control) before KMS sees it. The KMS documentation lists
 * none of them; each wording says where it was seen. InvalidAccessKeySecret is made by the SDKs.
 */
export const gatewayFacts = [
  {
    code: 'SignatureDoesNotMatch',
    httpStatus: 400,
    messages: [
      {
        text: 'Specified signature is not matched with our calculation.',
        sources: [
          seen(
            400,
            "Alibaba Cloud's API gateway error list",
            'https://help.aliyun.com/document_detail/48054.html',
          ),
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
          seen(
            400,
            "Alibaba Cloud's API gateway error list",
            'https://help.aliyun.com/document_detail/48054.html',
          ),
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
        sources: [
          seen(
            400,
            "Alibaba Cloud's OpenAPI common error codes",
            'https://help.aliyun.com/en/document_detail/434846.html',
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
    code: 'MissingTimestamp',
    httpStatus: 400,
    messages: [
      {
        text: 'Timestamp is mandatory for this action.',
        sources: [
          seen(
            400,
            "Alibaba Cloud's API gateway error list (its Missing<Parameter> pattern)",
            'https://help.aliyun.com/document_detail/48054.html',
          ),
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
        sources: [
          seen(
            400,
            "Alibaba Cloud's API gateway error list (its Missing<Parameter> pattern)",
            'https://help.aliyun.com/document_detail/48054.html',
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
        sources: [
          seen(
            400,
            "Alibaba Cloud's API gateway error list (its Missing<Parameter> pattern)",
            'https://help.aliyun.com/document_detail/48054.html',
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
        sources: [
          seen(
            400,
            'the faascmd FAQ in Alibaba Cloud ECS documentation',
            'https://github.com/AlibabaCloudDocs/ecs/blob/322eaab82e866a494eeaddb0de02bab1978692d1/intl.en-US/Best%20Practices/FaaS%20instances%20best%20practices/faascmd%20tool/faascmd%20FAQ.md',
          ),
        ],
      },
    ],
    revisions: [],
    aliases: [],
    category: 'access-key-signature',
    actor: 'ram-admin',
    retry: 'after-fix',
  },
  {
    code: 'MissingAccessKeyId',
    httpStatus: 400,
    messages: [
      {
        text: 'AccessKeyId is mandatory for this action.',
        sources: [
          seen(
            400,
            "Alibaba Cloud's API gateway error list (its Missing<Parameter> pattern)",
            'https://help.aliyun.com/document_detail/48054.html',
          ),
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
        sources: [
          seen(
            400,
            'the faascmd FAQ in Alibaba Cloud ECS documentation',
            'https://github.com/AlibabaCloudDocs/ecs/blob/322eaab82e866a494eeaddb0de02bab1978692d1/intl.en-US/Best%20Practices/FaaS%20instances%20best%20practices/faascmd%20tool/faascmd%20FAQ.md',
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
    code: 'InvalidSecurityToken.Malformed',
    httpStatus: 400,
    messages: [
      {
        text: 'Specified SecurityToken is malformed.',
        sources: [
          seen(
            400,
            'the faascmd FAQ in Alibaba Cloud ECS documentation',
            'https://github.com/AlibabaCloudDocs/ecs/blob/322eaab82e866a494eeaddb0de02bab1978692d1/intl.en-US/Best%20Practices/FaaS%20instances%20best%20practices/faascmd%20tool/faascmd%20FAQ.md',
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
    code: 'InvalidSecurityToken.MismatchWithAccessKey',
    httpStatus: 400,
    messages: [
      {
        text: 'Specified SecurityToken mismatch with the AccessKey.',
        sources: [
          seen(
            400,
            'the faascmd FAQ in Alibaba Cloud ECS documentation',
            'https://github.com/AlibabaCloudDocs/ecs/blob/322eaab82e866a494eeaddb0de02bab1978692d1/intl.en-US/Best%20Practices/FaaS%20instances%20best%20practices/faascmd%20tool/faascmd%20FAQ.md',
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
        sources: [
          seen(
            403,
            'Alibaba Cloud ECS documentation, response results',
            'https://github.com/AlibabaCloudDocs/ecs/blob/322eaab82e866a494eeaddb0de02bab1978692d1/intl.en-US/API%20Reference/Getting%20started/Response%20results.md',
          ),
        ],
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
        sources: [
          seen(
            403,
            'Alibaba Cloud ECS documentation, response results',
            'https://github.com/AlibabaCloudDocs/ecs/blob/322eaab82e866a494eeaddb0de02bab1978692d1/intl.en-US/API%20Reference/Getting%20started/Response%20results.md',
          ),
        ],
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
          seen(
            400,
            "Alibaba Cloud's API gateway error list",
            'https://help.aliyun.com/document_detail/48054.html',
          ),
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
        sources: [
          seen(
            400,
            "Alibaba Cloud's API gateway error list",
            'https://help.aliyun.com/document_detail/48054.html',
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
    code: 'InvalidAction.NotFound',
    httpStatus: 404,
    messages: [
      {
        text: 'Specified api is not found, please check your url and method.',
        sources: [
          seen(
            404,
            "Alibaba Cloud's API gateway error list",
            'https://help.aliyun.com/document_detail/48054.html',
          ),
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
        sources: [
          seen(
            500,
            'Alibaba Cloud ECS documentation, response results',
            'https://github.com/AlibabaCloudDocs/ecs/blob/322eaab82e866a494eeaddb0de02bab1978692d1/intl.en-US/API%20Reference/Getting%20started/Response%20results.md',
          ),
        ],
      },
      {
        text: 'The request processing has failed due to some unknown error.',
        sources: [
          seen(
            500,
            'the faascmd FAQ in Alibaba Cloud ECS documentation',
            'https://github.com/AlibabaCloudDocs/ecs/blob/322eaab82e866a494eeaddb0de02bab1978692d1/intl.en-US/Best%20Practices/FaaS%20instances%20best%20practices/faascmd%20tool/faascmd%20FAQ.md',
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
    code: 'InvalidProduct.NotFound',
    httpStatus: 404,
    messages: [
      {
        text: 'Cannot find product according to your specified domain.',
        sources: [
          seen(
            404,
            "Alibaba Cloud's OpenAPI common error codes",
            'https://help.aliyun.com/en/document_detail/434846.html',
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
    code: 'InvalidProtocol.NeedSsl',
    httpStatus: 404,
    messages: [
      {
        text: 'Your request is denied as lack of ssl protect.',
        sources: [
          seen(
            404,
            "Alibaba Cloud's OpenAPI common error codes",
            'https://help.aliyun.com/en/document_detail/434846.html',
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

/** A code of the API gateway (gatewayGuidance.ts). */
export type GatewayCode = (typeof gatewayFacts)[number]['code'];
