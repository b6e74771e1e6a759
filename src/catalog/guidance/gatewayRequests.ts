import type { gatewayRequestsFacts } from '../facts/gatewayRequests.ts';
import type { CodeOf, Guidance } from '../types.ts';

/** What each code of ../facts/gatewayRequests.ts means, and what to do. */
export const gatewayRequestsGuidance: Readonly<Record<CodeOf<typeof gatewayRequestsFacts>, Guidance>> = {
  'InvalidAction.NotFound': {
    meaning:
      'The API gateway has no API by this Action for the product and Version at the endpoint called ("Specified api is not found, please check your url and method."). A wrong Version can produce it too: the aliyun CLI\'s own tests get this code for an ECS call made with another API version.',
    causes: [
      'The Action is misspelt or in the wrong case: API names are case-sensitive, so decrypt or GetSecretvalue are not found.',
      'Version is not 2016-01-20, the KMS API version, so the action is looked up in a version that does not have it.',
      "The request went to another product's endpoint instead of kms.<region>.aliyuncs.com.",
      'A KMS instance API operation such as AdvanceEncrypt, Sign or GenerateRandom sent to the shared gateway: those exist only on the instance endpoint <kms-instance-id>.cryptoservice.kms.aliyuncs.com, called with the KMS instance SDK and a ClientKey.',
    ],
    fixes: [
      'Check the Action spelling and case against the KMS operation list, for example Decrypt, GenerateDataKey, GetSecretValue.',
      'Send Version=2016-01-20 (x-acs-version for V3 signing) to https://kms.<region>.aliyuncs.com, with GET or POST.',
      'For instance API operations use the KMS instance SDK with the instance endpoint; through the shared gateway use the 2016-01-20 operations such as Encrypt, Decrypt and AsymmetricSign.',
    ],
  },
  InvalidVersion: {
    meaning:
      'The Version parameter names no API version the product at this endpoint publishes ("Specified parameter Version is not valid."). For KMS it must be 2016-01-20; Alibaba documents neither this code nor its HTTP status.',
    causes: [
      "A Version copied from another product's example (ECS uses 2014-05-26) or mistyped.",
      'A generic client (CommonRequest, the aliyun CLI with --version, raw HTTP) that sets the version by hand.',
      "A correct KMS version sent to another product's endpoint, where it means nothing.",
    ],
    fixes: [
      'Send Version=2016-01-20 with KMS calls (x-acs-version: 2016-01-20 for V3 signing).',
      'Check that the endpoint is kms.<region>.aliyuncs.com.',
      'With CommonRequest or the CLI, set product, version and endpoint together, or use the KMS SDK package, which fixes all three.',
    ],
  },
  ServiceUnavailable: {
    meaning:
      'The request failed because of a temporary failure behind the API gateway (HTTP 503, "The request has failed due to a temporary failure of the server."). KMS reports its own temporary unavailability as ServiceUnavailableTemporary.',
    causes: [
      'Not documented beyond the message; most likely short-lived overload or maintenance of the service in the region.',
      'A regional incident in progress.',
    ],
    fixes: [
      'Retry with exponential backoff and jitter, bounded in attempts and total time.',
      'Before retrying a create call, check whether the first attempt took effect: ListKeys after CreateKey, DescribeSecret after CreateSecret, ListAliases after CreateAlias.',
      'If it lasts, check the Alibaba Cloud service status for KMS in the region and open a ticket with the RequestId.',
    ],
    avoid:
      'Do not retry in a tight loop or from many threads at once: it adds load and can get the account throttled.',
  },
  InternalError: {
    meaning:
      'The API gateway or the service behind it failed with an unclassified error (HTTP 500, "The request processing has failed due to some unknown error, exception or failure."). KMS reports its own internal failures as InternalFailure.',
    causes: [
      'Not documented beyond the message; most likely a transient fault on the service side.',
      'Possibly an input the service fails on instead of rejecting it with a 400: suspect this when one request fails every time while others succeed.',
    ],
    fixes: [
      'Retry with exponential backoff and jitter, a bounded number of times.',
      'If one request keeps failing, open a ticket with the RequestId, the HostId from the error body, the region and the operation.',
      'Before retrying a create call, check with ListKeys, DescribeSecret or ListAliases whether the first attempt went through.',
    ],
    avoid:
      'Do not retry in a tight loop; a request that fails the same way every time needs a ticket, not more retries.',
  },
  'InvalidProduct.NotFound': {
    meaning:
      'The API gateway cannot tell which product the request is for from the domain it was sent to ("Cannot find product according to your specified domain.").',
    causes: [
      'A mistyped endpoint host, such as a misspelt product or region part of kms.<region>.aliyuncs.com (a name that does not resolve fails in DNS instead).',
      'A Host header that differs from the endpoint, set by a proxy, custom DNS or a hand-built client.',
      'Possibly a KMS instance endpoint (<kms-instance-id>.cryptoservice.kms.aliyuncs.com) used with the OpenAPI SDK; the documentation does not say what that returns.',
    ],
    fixes: [
      'Use https://kms.<region>.aliyuncs.com, for example kms.cn-hangzhou.aliyuncs.com, or kms-vpc.<region>.aliyuncs.com from inside a VPC, with the region where your keys and secrets live.',
      'In the SDK set RegionId or Endpoint rather than building URLs by hand, and check the Host header that goes out.',
      'For the KMS instance API use the KMS instance SDK with the endpoint shown on the instance details page.',
    ],
  },
  'InvalidProtocol.NeedSsl': {
    meaning:
      'The API accepts only HTTPS and the request came over plain HTTP ("Your request is denied as lack of ssl protect."). KMS requires HTTPS for every operation; Alibaba\'s pages list this code with 404 in one table and 400 in another.',
    causes: [
      'An endpoint configured as http://kms.<region>.aliyuncs.com, or an SDK protocol setting of HTTP.',
      'A hand-built client or HTTP library that defaults to http://.',
      'A proxy that accepts HTTPS from the application but connects onward over HTTP.',
    ],
    fixes: [
      'Call https://kms.<region>.aliyuncs.com; in the SDK set the protocol to HTTPS (Protocol "https" in the Tea SDK Config, request.setProtocol(ProtocolType.HTTPS) in the Java core SDK).',
      'If a proxy sits in between, have it connect to Alibaba Cloud over HTTPS.',
    ],
    avoid:
      'Do not look for a way to allow HTTP: KMS documents HTTPS only, and keys, plaintext and secret values must not cross the network unencrypted.',
  },
  InvalidAccessKeySecret: {
    meaning:
      "Not sent by the API gateway: Alibaba's Python core SDK reports InvalidAccessKeySecret, and the Java core SDK SDK.InvalidAccessKeySecret, when the gateway answers with a signature error and the server's string-to-sign equals the one the SDK signed (the Go core SDK keeps the gateway's code and says InvalidAccessKeySecret in Recommend). The request was built correctly, so the AccessKey secret does not match the AccessKey ID.",
    causes: [
      'The secret belongs to another AccessKey, for example the old one after a rotation, or the ID and secret come from different users.',
      'The secret carries a stray space, newline or quote, or was truncated, when copied into an environment variable or secret store.',
      'The secret was transformed on the way: encoded again, changed in case, or read with the wrong character set.',
    ],
    fixes: [
      'Find the secret that belongs to this AccessKey ID. A secret is shown only when the AccessKey is created, so if it is lost, create a new AccessKey for the RAM user in the RAM console and update the application.',
      'Read the secret without extra characters: strip whitespace and quotes, and compare its length with the value in your secret store.',
      'Confirm the pair with a harmless call such as KMS DescribeRegions or STS GetCallerIdentity.',
    ],
    avoid: 'Do not print or paste the secret to debug it; compare lengths or a hash instead.',
  },
};
