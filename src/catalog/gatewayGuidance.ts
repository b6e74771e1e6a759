import type { GatewayCode } from './facts/facts.ts';
import type { Guidance } from './types.ts';

export const gatewayGuidance: Readonly<Record<GatewayCode, Guidance>> = {
  SignatureDoesNotMatch: {
    meaning:
      'The API gateway computed the signature of the request with the AccessKey secret it holds for the AccessKey ID and got a different value ("Specified signature is not matched with our calculation."). The message usually ends with the string-to-sign the server used, after "server string to sign is:" (V2 signing) or "server StringToSign is" (V3).',
    causes: [
      "The AccessKey secret does not belong to the AccessKey ID, or carries a stray space, newline or quote picked up from an environment variable or secret store; Alibaba's SDK maintainers name this as the usual cause.",
      'A hand-written V2 signer canonicalises differently: parameters not sorted, percent-encoding not RFC 3986 (space as + instead of %20, * not as %2A, ~ encoded), or an HMAC key other than the secret followed by "&".',
      'The request was changed after signing: a proxy rewrote the query, the query string was re-encoded, or the request was signed for GET and sent as POST.',
      'For V3 (ACS3-HMAC-SHA256) signing, a header listed in SignedHeaders, the x-acs-content-sha256 body hash or the path differs between what was signed and what was sent.',
    ],
    fixes: [
      "Compare the server's string-to-sign at the end of the message with the one your client signed. If they are identical, the secret is wrong; if they differ, the first difference shows the canonicalisation fault. The Java, Python and Go core SDKs make this comparison themselves (see InvalidAccessKeySecret).",
      'Copy the secret for this AccessKey ID again and strip whitespace, then check the pair with a harmless call such as KMS DescribeRegions or STS GetCallerIdentity. A secret is shown only when the AccessKey is created: if it is lost, create a new AccessKey for the RAM user.',
      'In a custom V2 signer follow the KMS signing rules: sorted, percent-encoded parameters; StringToSign = method + "&" + percentEncode("/") + "&" + percentEncode(canonical query); HMAC-SHA1 keyed with the secret plus "&"; base64. Or use an official SDK, which signs for you.',
      'Send exactly what was signed: the same method, host and query, with Signature added last and percent-encoded once.',
    ],
    avoid:
      'Do not paste the AccessKey secret into tickets or chat to get help: the RequestId and the two strings-to-sign are enough, and a string-to-sign holds the AccessKey ID but no secret.',
    related: [
      'IncompleteSignature',
      'InvalidAccessKeyId.NotFound',
      'InvalidTimeStamp.Expired',
      'SignatureNonceUsed',
    ],
  },
  'InvalidTimeStamp.Expired': {
    meaning:
      'The Timestamp in the request is more than 15 minutes away from the time the API gateway received it, so the gateway rejects the request as stale ("Specified time stamp or date value is expired.").',
    causes: [
      'The client clock is wrong: NTP is not running on the host, VM or container.',
      'Local time sent as if it were UTC, for example China Standard Time with a Z suffix, which puts the request 8 hours off.',
      'A request signed earlier and sent later: queued jobs, stored signed URLs, or retries that resend the first attempt unchanged.',
    ],
    fixes: [
      "Sync the clock with NTP (Alibaba Cloud's ntp.aliyun.com from the internet, ntp.cloud.aliyuncs.com from inside Alibaba Cloud) and check the clock inside containers too.",
      'Take Timestamp (V2) or x-acs-date (V3) from the current UTC time at send time, in the form yyyy-MM-ddTHH:mm:ssZ.',
      'Build and sign every attempt afresh, with a new Timestamp and a new SignatureNonce; the official SDKs do this.',
    ],
    avoid: 'Do not add a fixed offset to the Timestamp to make up for a drifting clock; fix the clock.',
    related: ['IllegalTimestamp', 'InvalidTimeStamp.Format', 'SignatureNonceUsed', 'MissingTimestamp'],
  },
  'InvalidTimeStamp.Format': {
    meaning:
      'The API gateway could not read the Timestamp (or date value) of the request ("Specified time stamp or date value is not well formatted."). It must be an ISO 8601 time in UTC, written yyyy-MM-ddTHH:mm:ssZ.',
    causes: [
      'Another date form: a Unix epoch number, a locale-formatted date, or a space instead of the T.',
      'An ISO 8601 variant the documentation does not show, such as a +08:00 offset instead of Z or fractional seconds; the documented form has neither.',
      'A hand-built query that percent-encodes the value twice, so the gateway receives %3A instead of the colons.',
    ],
    fixes: [
      'Format the current UTC time with the fixed pattern yyyy-MM-ddTHH:mm:ssZ, for example 2024-05-01T08:30:00Z.',
      'Percent-encode the value once when building the query (the colons become %3A) and sign that same encoded query.',
      'Use an official SDK, which formats and encodes Timestamp itself.',
    ],
    related: ['IllegalTimestamp', 'InvalidTimeStamp.Expired', 'MissingTimestamp'],
  },
  MissingTimestamp: {
    meaning:
      'The request has no Timestamp parameter, which every V2-signed request needs ("Timestamp is mandatory for this action."). Parameter names are case-sensitive, so a parameter sent as TimeStamp counts as missing.',
    causes: [
      'A hand-built request that leaves Timestamp out, or spells it TimeStamp or timestamp.',
      'Code or a proxy that rebuilds the query string and drops common parameters.',
      'Common parameters put in a form body or headers while KMS reads them from the URL; the KMS API reference asks for all parameters in the request URL.',
    ],
    fixes: [
      'Add Timestamp, spelled exactly so, with the current UTC time as yyyy-MM-ddTHH:mm:ssZ, and sign it with the other parameters.',
      "Check the common parameters in the query: Action, Version=2016-01-20, AccessKeyId, SignatureMethod=HMAC-SHA1, SignatureVersion=1.0, Timestamp and, last, Signature; the official SDKs also send a SignatureNonce, which KMS's own list of common parameters leaves out.",
      'Use an official SDK, which adds every common parameter.',
    ],
    related: ['IllegalTimestamp', 'InvalidTimeStamp.Format', 'MissingParameter'],
  },
  SignatureNonceUsed: {
    meaning:
      'The API gateway has already seen this SignatureNonce and rejects the request as a possible replay ("Specified signature nonce was used already."). Alibaba\'s API references ask for a different random value in every request but do not say how long a nonce is remembered; a support answer quoted by a user says 15 minutes.',
    causes: [
      'A low-entropy nonce, such as the Unix time in seconds, or date +%s%N on systems whose date ignores %N: requests in the same second collide.',
      'Concurrent requests, threads or processes that derive nonces from the same clock or seed.',
      'A retry that resends the identical signed request. alibaba-cloud-sdk-go did this before version 0.9.1, and the Java SDK FAQ answers this error with "upgrade to the latest version".',
    ],
    fixes: [
      'Generate the nonce from a proper random source for every request and every retry, for example a random UUID, and sign it with the rest.',
      'Rebuild and re-sign a retried request instead of sending the same bytes again; upgrade old SDKs.',
      'Where several workers sign requests, check that each draws its own random nonces.',
    ],
    avoid: 'Do not simply resend the failed request: it carries the same nonce and fails again.',
    related: ['InvalidTimeStamp.Expired', 'SignatureDoesNotMatch', 'IllegalTimestamp'],
  },
  MissingSignatureNonce: {
    meaning:
      'The request has no SignatureNonce, the random value the API gateway uses to detect replayed requests. This code follows the gateway\'s documented Missing{ParameterName} pattern ("SignatureNonce is mandatory for this action."), but no Alibaba page or public response shows it verbatim.',
    causes: [
      "A hand-written V2 signer built from KMS's 2021 common-parameter list, which does not include SignatureNonce, while the shared gateway's lists for other products mark it required.",
      'The parameter spelled another way (Nonce, signatureNonce) or dropped when the query string is rebuilt.',
      'For V3 signing, no x-acs-signature-nonce header.',
    ],
    fixes: [
      'Add SignatureNonce with a fresh random value, such as a UUID, to every request and include it in the string-to-sign.',
      'For V3 signing, send the x-acs-signature-nonce header and list it in SignedHeaders, like the other x-acs- headers.',
      'Use an official SDK, which adds the nonce.',
    ],
    related: ['SignatureNonceUsed', 'MissingTimestamp', 'MissingParameter'],
  },
  InvalidSignatureMethod: {
    meaning:
      'The SignatureMethod value is not one the API gateway accepts ("Specified signature method is not valid."). For V2 (query-string) signing, KMS documents only HMAC-SHA1, with SignatureVersion 1.0.',
    causes: [
      'A custom signer that sends HMAC-SHA256 or another spelling instead of HMAC-SHA1.',
      'The two signing schemes mixed up: a V3 algorithm name such as ACS3-HMAC-SHA256 put into the V2 SignatureMethod parameter.',
    ],
    fixes: [
      'For V2 signing send SignatureMethod=HMAC-SHA1 and SignatureVersion=1.0, and compute the HMAC with SHA-1.',
      'For V3 signing put the algorithm at the start of the Authorization header (ACS3-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=...) rather than in SignatureMethod.',
      'Or let an official SDK sign: the current Tea-based KMS SDKs use ACS3-HMAC-SHA256 by default, the older core SDKs HMAC-SHA1.',
    ],
    related: ['IncompleteSignature', 'SignatureDoesNotMatch', 'InvalidParameter'],
  },
  MissingSignature: {
    meaning:
      'The request reached the API gateway without a signature: no Signature parameter in a V2-signed request ("Signature is mandatory for this action.", the documented Missing{ParameterName} form). Alibaba documents no separate cause.',
    causes: [
      'A hand-built request that skips the signing step, or adds the value under another name than Signature.',
      'A URL copied from a log or an example with its Signature removed, then sent as it is.',
      'A wrapper or proxy that drops the last query parameter or the Authorization header.',
    ],
    fixes: [
      'Compute the signature over the final parameter set and add it as Signature, percent-encoded, as the last step; for V3, send the Authorization header.',
      'Make the same call with an official SDK or the aliyun CLI; if that works, compare its request with yours.',
    ],
    related: ['IncompleteSignature', 'SignatureDoesNotMatch', 'MissingParameter'],
  },
  InvalidAccessKeyId: {
    meaning:
      'The API gateway could not find or use the AccessKey ID the request was signed with ("Specified access key is not found or invalid."). This newer form appears alongside InvalidAccessKeyId.NotFound; Alibaba documents neither its HTTP status nor how the two differ.',
    causes: [
      'The AccessKey ID is mistyped, truncated, or carries a space or newline; one public report traced it to stray whitespace.',
      'The AccessKey was deleted, for example in a rotation, and the application still uses it.',
      'The SDK resolved other credentials than intended: another profile, environment variable or instance RAM role in the credential chain.',
      'The AccessKey ID and secret are swapped, or the key belongs to another environment or site; the Java SDK FAQ names both for the similar InvalidAccessKeyId.NotFound.',
    ],
    fixes: [
      "Log the AccessKey ID the client actually sends (never the secret) and compare it with the RAM user's AccessKeys in the RAM console; strip whitespace.",
      'If the key was deleted, create a new AccessKey for the RAM user, or move to a RAM role with STS credentials through an SDK credential provider.',
      'Check which identity the credentials resolve to with STS GetCallerIdentity.',
    ],
    avoid: 'Do not paste the AccessKey secret anywhere to have it checked; the ID alone identifies the key.',
    related: [
      'InvalidAccessKeyId.NotFound',
      'InvalidAccessKeyId.Inactive',
      'MissingSecurityToken',
      'Forbidden.AccessKey',
    ],
  },
  'InvalidAccessKeyId.Inactive': {
    meaning:
      'The AccessKey exists but is disabled, so the API gateway refuses every request signed with it ("Specified access key is disabled."). KMS\'s own error table describes the same state as Forbidden.AccessKey.',
    causes: [
      'A RAM administrator disabled the AccessKey, for example as a step of rotation or after a suspected leak.',
      'The application was not moved to the new AccessKey before the old one was disabled.',
    ],
    fixes: [
      "Look up the AccessKey on the RAM user's page in the RAM console and ask the RAM administrator why it is disabled.",
      "Move the application to the user's active AccessKey, or to a RAM role with STS credentials, and redeploy.",
      'Only if the administrator confirms a mistake, enable the AccessKey again in the RAM console.',
    ],
    avoid: 'Do not enable an AccessKey again that was disabled because it leaked; create a new one instead.',
    related: ['Forbidden.AccessKey', 'InvalidAccessKeyId.NotFound', 'InvalidAccessKeyId'],
  },
  MissingAccessKeyId: {
    meaning:
      'The request carries no AccessKey ID ("AccessKeyId is mandatory for this action."). For V2 signing that is the AccessKeyId parameter; for V3 it is presumably the Credential part of the Authorization header (not documented).',
    causes: [
      'The credentials resolved to empty strings: an unset or misspelt environment variable such as ALIBABA_CLOUD_ACCESS_KEY_ID, an empty configuration value, or a secret store that returned nothing.',
      'A hand-built request that leaves out AccessKeyId or spells it another way.',
      'A client setting that makes the SDK sign in another way than the gateway expects; one public .NET report shows this code after a SignatureAlgorithm setting was changed.',
    ],
    fixes: [
      'Check at run time that the credential source holds a value: log whether ALIBABA_CLOUD_ACCESS_KEY_ID is set (never the secret), or which provider the credential chain chose.',
      'Create the client through an SDK credential provider (environment variables, CLI profile, ECS RAM role, OIDC role) and fail at start-up when none yields credentials.',
      'In hand-built V2 requests add AccessKeyId and include it in the string-to-sign.',
    ],
    related: ['InvalidAccessKeyId.NotFound', 'MissingSecurityToken', 'MissingParameter'],
  },
  MissingSecurityToken: {
    meaning:
      'The request was signed with a temporary STS AccessKey ID (one that starts with STS.) but carries no SecurityToken ("SecurityToken is mandatory for this action."). STS credentials are three values, and the token has to go with every request.',
    causes: [
      'The client was built from the STS AccessKey ID and secret only: NewClientWithAccessKey instead of NewClientWithStsToken in alibaba-cloud-sdk-go, or a Tea SDK Config without SecurityToken.',
      'ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET hold STS values but ALIBABA_CLOUD_SECURITY_TOKEN is unset, so the credential chain treats them as a long-term AccessKey.',
      "Code that copies the AccessKey ID and secret out of a credential object and drops the token; Alibaba's STS troubleshooting shows the same error when AssumeRole itself is called with temporary keys.",
      'An old SDK that does not send the token; the Java SDK FAQ answers this error with "upgrade to the latest version".',
    ],
    fixes: [
      'Pass all three values: set SecurityToken in the Tea SDK Config (it is sent as the SecurityToken parameter for V2 and the x-acs-security-token header for V3), or use NewClientWithStsToken in alibaba-cloud-sdk-go.',
      'Better, let a credential provider own the token: the ram_role_arn, ecs_ram_role and oidc_role_arn providers of the Alibaba Cloud Credentials libraries call STS and refresh the token themselves.',
      "To call AssumeRole, sign with a RAM user's long-term AccessKey, not with the temporary keys it returned.",
    ],
    related: [
      'InvalidSecurityToken.Expired',
      'InvalidSecurityToken.MismatchWithAccessKey',
      'InvalidAccessKeyId.NotFound',
    ],
  },
  'InvalidSecurityToken.Expired': {
    meaning:
      'The STS token sent with the request is past its Expiration ("Specified SecurityToken is expired."). An AssumeRole token lives for DurationSeconds: at least 900 seconds, at most the role\'s maximum session duration, 3600 by default.',
    causes: [
      'STS credentials fetched once and kept, for example in environment variables or a configuration file, beyond their Expiration.',
      "Code that reads the three values once at start-up and builds the KMS client from them, so the credential provider's refresh never reaches the client.",
      "A long job started close to the end of the token's lifetime, or a host clock far enough off that the client refreshes too late.",
    ],
    fixes: [
      'Use a refreshing credential provider (ram_role_arn, ecs_ram_role or oidc_role_arn in the Alibaba Cloud Credentials libraries) and hand the provider, not copied values, to the KMS client; credentials-go renews about 3 minutes before Expiration.',
      "If you call AssumeRole yourself, keep its Expiration and call again before it. For longer sessions raise DurationSeconds, up to the role's MaxSessionDuration (3600 to 43200 seconds, set with UpdateRole).",
      'Sync the host clock with NTP.',
    ],
    avoid:
      'Do not swap the short-lived STS credentials for a long-term AccessKey to make the error go away; fix the refresh.',
    related: [
      'MissingSecurityToken',
      'InvalidSecurityToken.Malformed',
      'InvalidSecurityToken.MismatchWithAccessKey',
      'InvalidAccessKeyId.NotFound',
    ],
  },
  'InvalidSecurityToken.Malformed': {
    meaning:
      'The API gateway could not parse the SecurityToken sent with the request ("Specified SecurityToken is malformed."). The token is a long opaque string that must arrive exactly as STS returned it.',
    causes: [
      'The token was cut short: a field or column length limit, a line wrap, or an environment variable or log line that truncated it.',
      'The token was altered: not percent-encoded in a hand-built query, so its +, / and = characters changed meaning, or decoded twice.',
      'Another value passed as SecurityToken, such as the AccessKey secret, an OIDC token or a quoted JSON string.',
    ],
    fixes: [
      'Compare the length and the first and last few characters of the token the client sends with what AssumeRole returned; do not log the whole token.',
      'Store and pass the token unchanged; in a hand-built V2 request percent-encode it once like any other value.',
      'Let an SDK credential provider fetch and pass the token, so it never goes through your own storage.',
    ],
    related: [
      'InvalidSecurityToken.Expired',
      'InvalidSecurityToken.MismatchWithAccessKey',
      'MissingSecurityToken',
    ],
  },
  'InvalidSecurityToken.MismatchWithAccessKey': {
    meaning:
      'The SecurityToken does not belong to the STS AccessKey ID it was sent with ("Specified SecurityToken mismatch with the AccessKey."). Each AssumeRole call returns an AccessKeyId, AccessKeySecret and SecurityToken that work only together.',
    causes: [
      'Values from two AssumeRole calls mixed, for example a refreshed token sent with the previous AccessKey ID because the three are cached or updated separately.',
      'A token sent with a long-term AccessKey ID, one that does not start with STS.',
      'Environment variables or profiles that take some values from one source and the rest from another.',
    ],
    fixes: [
      'Store and replace the AccessKeyId, AccessKeySecret and SecurityToken as one unit, all three at each refresh.',
      'Use an SDK credential provider (ram_role_arn, ecs_ram_role, oidc_role_arn), which hands out the three values together.',
      'If a long-term AccessKey is intended, send no SecurityToken at all: unset ALIBABA_CLOUD_SECURITY_TOKEN and remove it from the client configuration.',
    ],
    related: ['InvalidSecurityToken.Expired', 'InvalidSecurityToken.Malformed', 'MissingSecurityToken'],
  },
  'Forbidden.RAM': {
    meaning:
      'The API gateway refused the call because the RAM user or role that signed it is not allowed this action on the resource, or the API does not support RAM authorization ("User not authorized to operate on the specified resource, or this API doesn\'t support RAM."). KMS documents its own refusal as Forbidden.NoPermission; whether a KMS call can get this gateway form is not documented.',
    causes: [
      'No policy attached to the RAM user or role allows the KMS action, such as kms:Decrypt or kms:GetSecretValue, on the key or secret ARN (acs:kms:<region>:<account-id>:key/<key-id>).',
      "An STS token issued with a Policy parameter narrower than the role's policies: the token gets only what both allow.",
      'An explicit Deny, or a policy condition the request does not meet, such as acs:CurrentTime or a kms:tag/<tag-key> condition.',
      'The credentials belong to another RAM user, role or account than the one that was granted access.',
    ],
    fixes: [
      'Confirm who is calling with STS GetCallerIdentity (Arn, AccountId) using the same credentials.',
      'Have the RAM administrator grant the needed kms:<Operation> action on the key or secret ARN in the right region, for example kms:Decrypt on acs:kms:cn-hangzhou:<account-id>:key/<key-id>.',
      'For an STS token, check the Policy passed to AssumeRole and get a new token after the change.',
    ],
    avoid:
      "Do not switch to the Alibaba Cloud account's own AccessKey to get past the error; grant the RAM identity the specific action instead.",
    related: ['Forbidden.NoPermission', 'Forbidden.AccessKey', 'Forbidden.RiskControl'],
  },
  'Forbidden.RiskControl': {
    meaning:
      'Alibaba Cloud\'s risk-control system blocked the operation for this account ("This operation is forbidden by Aliyun RiskControl system."). KMS\'s own form of this refusal is Forbidden.ProhibitedByRiskControl; Alibaba documents neither beyond the message.',
    causes: [
      'Not documented. Possibly the account needs identity or payment verification: in one public report the block went away after the account owner opened a ticket and passed a bank identity check.',
      'Possibly activity on the account was flagged as risky, for example suspected credential leakage or abuse.',
    ],
    fixes: [
      'Have the account owner look for a risk-control or verification notice in the console, in messages and in email, and complete what it asks.',
      'Open a ticket with the RequestId to learn the reason and how the block can be lifted; nothing in the request can change it.',
      'If a leak is possible, rotate the AccessKeys and review recent calls in ActionTrail.',
    ],
    avoid: 'Do not open another account or RAM user to get around the block.',
    related: ['Forbidden.ProhibitedByRiskControl', 'Forbidden.NoRealNameAuthentication', 'Forbidden.InDebt'],
  },
  'Forbidden.AccessKeyDisabled': {
    meaning:
      'The AccessKey that signed the request is disabled ("The AccessKey is disabled.", HTTP 403 in the ECS common error table). The gateway\'s client error table reports a disabled key as InvalidAccessKeyId.Inactive and KMS as Forbidden.AccessKey; which form a KMS caller gets is not documented.',
    causes: [
      'A RAM administrator disabled the AccessKey during rotation or after a suspected leak.',
      'The application kept the old AccessKey after a rotation.',
    ],
    fixes: [
      "Check the AccessKey's status on the RAM user's page in the RAM console and ask the RAM administrator why it was disabled.",
      "Move the application to the user's active AccessKey, or to a RAM role with STS credentials, and redeploy.",
      'Have the key enabled again only if the administrator confirms it was disabled by mistake.',
    ],
    avoid: 'Do not enable again an AccessKey that was disabled because it leaked; create a new one.',
    related: ['InvalidAccessKeyId.Inactive', 'Forbidden.AccessKey', 'InvalidAccessKeyId.NotFound'],
  },
  'Throttling.User': {
    meaning:
      'The API gateway refused the request because the caller went over its flow-control limit for the period ("Request was denied due to user flow control."). Retrying after a pause is expected to work; KMS publishes per-account limits for some operations but not which throttling code each one produces.',
    causes: [
      "More calls per second than the account's limit: Alibaba's SDK team says server-side flow control is usually counted per account, so all applications, RAM users and AccessKeys of one account share it.",
      'Bursts: batch jobs, many instances starting at once, or one KMS call per record instead of envelope encryption.',
      'Retries without backoff that keep the rate above the limit.',
    ],
    fixes: [
      'Retry with exponential backoff and jitter. The Tea-based SDKs raise a ThrottlingError whose RetryAfter comes from the x-ratelimit-user and x-ratelimit-user-api response headers, where the gateway sends them.',
      'Cut KMS calls: envelope encryption (one GenerateDataKey, then local encryption) and cached GetSecretValue results.',
      'Look for other applications of the same account calling the same API at the same time, and spread batch jobs out.',
      "If the limit blocks normal traffic, ask Alibaba Cloud support through a ticket; for keys in a KMS instance, cryptographic calls can go through the instance's dedicated gateway instead.",
    ],
    avoid: 'Do not retry immediately or from many threads at once: that keeps the account over the limit.',
    related: ['Throttling', 'Rejected.Throttling', 'Throttling.Api'],
  },
  'Throttling.Api': {
    meaning:
      'The API gateway refused the request because the flow-control limit of the API was exceeded ("Request was denied due to api flow control."). Going by the names, this is the per-API limit and Throttling.User the per-caller one; Alibaba documents neither the limits nor the exact difference.',
    causes: [
      'A burst of calls to one operation, such as Decrypt or GetSecretValue, above the limit set for that API.',
      'Many application instances calling the same operation at the same moment, for example at start-up or on a schedule.',
      'Retries without backoff that keep the rate above the limit.',
    ],
    fixes: [
      'Retry with exponential backoff and jitter; the Tea-based SDKs raise a ThrottlingError for this code too.',
      'Spread calls to the busy operation over time: cache GetSecretValue results, reuse data keys within your security rules, stagger start-up and scheduled jobs.',
      'If the limit blocks normal traffic, open a ticket with the RequestId and the operation name.',
    ],
    avoid: 'Do not retry immediately or from many threads at once: that keeps the rate over the limit.',
    related: ['Throttling.User', 'Throttling', 'Rejected.Throttling'],
  },
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
    related: ['InvalidVersion', 'UnsupportedHTTPMethod', 'UnsupportedOperation'],
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
    related: ['InvalidAction.NotFound', 'MissingParameter', 'InvalidParameter'],
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
    related: ['ServiceUnavailableTemporary', 'InternalFailure', 'Throttling'],
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
    related: ['InternalFailure', 'ServiceUnavailable', 'ServiceUnavailableTemporary'],
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
    related: ['InvalidAction.NotFound', 'InvalidVersion', 'Forbidden.KeyNotFound'],
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
    related: ['UnsupportedHTTPMethod', 'InvalidAction.NotFound'],
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
    related: ['SignatureDoesNotMatch', 'IncompleteSignature', 'InvalidAccessKeyId.NotFound'],
  },
};
