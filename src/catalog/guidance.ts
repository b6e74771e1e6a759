import type { KmsCode } from './facts/facts.ts';
import type { Guidance } from './types.ts';

export const guidance: Readonly<Record<KmsCode, Guidance>> = {
  InternalFailure: {
    meaning:
      'KMS failed internally while handling the request (HTTP 500). The documentation gives no cause; the request itself may well be correct.',
    causes: [
      "Alibaba's documentation gives no causes; most likely a transient fault inside KMS or one of its dependencies.",
      'A KMS incident or degradation in the region.',
      'Possibly an input KMS fails on instead of rejecting it with a 400: suspect this when one request fails every time while others succeed.',
    ],
    fixes: [
      'Retry with exponential backoff and jitter (for example 0.5 s, 1 s, 2 s, capped), a bounded number of times.',
      'If one request keeps failing, open a ticket with the RequestId from the error body (and the HostId where the body has one), the region and the operation name.',
      'If many requests fail, check the Alibaba Cloud service status for KMS in that region.',
    ],
    avoid:
      'Do not retry in a tight loop or from many threads at once: it adds load to a struggling service and can get you throttled. Before retrying CreateKey or CreateAlias, check with ListKeys or ListAliases whether the first attempt went through; a repeated CreateAlias would fail with AliasAlreadyExists.',
    related: ['ServiceUnavailableTemporary', 'ServiceUnavailable'],
  },
  ServiceUnavailableTemporary: {
    meaning:
      'KMS cannot serve the request right now (HTTP 503). The name says the condition is temporary; the documentation gives no more detail.',
    causes: [
      "Alibaba's documentation gives no causes; short-lived overload or maintenance of KMS in the region is the likely one.",
      'A regional incident in progress.',
    ],
    fixes: [
      'Retry with exponential backoff and jitter, bounded in attempts and total time.',
      'If it lasts, check the Alibaba Cloud service status for KMS in that region and open a ticket with the RequestId.',
      'Cut call volume with envelope encryption, which KMS recommends: one GenerateDataKey, then encrypt locally. Reusing a data key for a short time cuts calls further.',
      'If you need regional failover, plan it before encrypting: the Encryption SDK can wrap one data key under keys in several regions, so either region can decrypt.',
    ],
    avoid:
      "Do not retry immediately in a loop, and do not fail over Decrypt to another region for data encrypted under a single key: a ciphertext can only be decrypted by the key that produced it, in that key's region.",
    related: ['InternalFailure', 'ServiceUnavailable', 'Rejected.Throttling'],
  },
  'InvalidAccessKeyId.NotFound': {
    meaning:
      'Alibaba Cloud has no AccessKey with the ID the request was signed with. Users often see it in the API gateway\'s wording, "Specified access key is not found."',
    causes: [
      "The AccessKey ID is mistyped, truncated, or carries a stray space or newline picked up when it was copied into an environment variable or secret store; Alibaba's STS troubleshooting names spaces around the ID.",
      'The AccessKey was deleted in the RAM console (for example after a rotation) and the application still uses it.',
      'The SDK resolved other credentials than intended: another profile, environment variable or instance RAM role in the credential chain.',
    ],
    fixes: [
      "Compare the AccessKey ID in the request with the intended RAM user's AccessKeys in the RAM console; strip whitespace.",
      "If the key was deleted, create a new AccessKey for the RAM user and update the application's secret, or move to a RAM role with STS credentials (AssumeRole), which are refreshed rather than left to go stale.",
      'Log which credential source the SDK picked (for example the ALIBABA_CLOUD_ACCESS_KEY_ID environment variable, a CLI profile, an ECS RAM role), never the secret.',
      'For temporary credentials (AccessKey ID starting with STS.), a missing SecurityToken is reported as MissingSecurityToken and an expired one as InvalidSecurityToken.Expired, not as this code; refresh them with AssumeRole before their Expiration.',
    ],
    avoid:
      'Do not paste the AccessKey secret into tickets or chat to have it checked; the ID alone identifies the key.',
    related: [
      'MissingSecurityToken',
      'InvalidSecurityToken.Expired',
      'InvalidAccessKeyId',
      'Forbidden.AccessKey',
    ],
  },
  'Forbidden.KeyNotFound': {
    meaning:
      'KMS cannot find the key the request names, for this account in this region. Despite the Forbidden. prefix it usually comes with HTTP 404; GetSecretPolicy, GetSecretValue, SetKeyPolicy and SetSecretPolicy list it with 403.',
    causes: [
      'Wrong region endpoint: keys are regional, so a key created in cn-hangzhou is not found through kms.cn-shanghai.aliyuncs.com.',
      'Decrypt called in another region than the one that produced the ciphertext: Decrypt takes no KeyId and uses the key that encrypted the data.',
      "The key ID is mistyped or comes from another environment, or the key belongs to another account: a bare key ID is looked up in the caller's account, so another account's key must be named by its ARN, acs:kms:<region>:<account-id>:key/<key-id>.",
      'The key was deleted: ScheduleKeyDeletion ran and its waiting period has ended.',
    ],
    fixes: [
      "Call DescribeKey with the same KeyId against the intended region's endpoint; ListKeys lists the caller's keys in the calling region, and DescribeRegions lists the regions to check.",
      "Point the client at the key's region (endpoint and RegionId); for Decrypt, at the region where the data was encrypted. For another account's key, pass its ARN.",
      'If you use an alias, include the alias/ prefix and resolve it in that region with DescribeKey (KeyId=alias/<name>) or ListAliases.',
      'Look in ActionTrail for a ScheduleKeyDeletion event on the key ID; if the key is deleted, data encrypted under it cannot be decrypted through KMS any more.',
    ],
    avoid:
      'Do not create a new key, or point the old alias at a new key with CreateAlias or UpdateAlias, expecting it to restore access: keys are independent, so existing ciphertext still cannot be decrypted with the new one.',
    related: [
      'Forbidden.AliasNotFound',
      'Forbidden.KeyVersionNotFound',
      'Rejected.PendingDeletion',
      'Forbidden.ResourceNotFound',
    ],
  },
  'Forbidden.KeyVersionNotFound': {
    meaning:
      'The key exists but has no version with the KeyVersionId given. Despite the Forbidden. prefix it comes with HTTP 404.',
    causes: [
      "Versions belong to one key: a KeyVersionId stored with data under key A is sent with key B's KeyId, for example when KeyId is an alias that was moved with UpdateAlias (the asymmetric operations accept aliases).",
      'The KeyVersionId was copied from another key, region or environment, or is mistyped or truncated.',
    ],
    fixes: [
      'List the versions of the key with ListKeyVersions and check the ID is among them; DescribeKeyVersion (KeyId, KeyVersionId) confirms a single one.',
      'For AsymmetricSign and AsymmetricEncrypt, take the KeyVersionId from ListKeyVersions: DescribeKey reports PrimaryKeyVersion for symmetric keys only.',
      'Store the key ID (not an alias) and the KeyVersionId with each signature or ciphertext, and pass both to AsymmetricVerify or AsymmetricDecrypt.',
      'Symmetric calls need no KeyVersionId: KMS encrypts with the primary version and decrypts with the version that encrypted.',
    ],
    avoid:
      'Do not swap in whatever version is current to make the error go away: an asymmetric signature or ciphertext only verifies or decrypts with the version that produced it.',
    related: ['Forbidden.KeyNotFound', 'Forbidden.AliasNotFound', 'MissingParameter'],
  },
  'Forbidden.AliasNotFound': {
    meaning:
      'No alias with this name exists for this account in this region. Despite the Forbidden. prefix it comes with HTTP 404.',
    causes: [
      'The alias exists in another region: aliases are unique per account and region, and the same name can exist separately in several regions.',
      'The alias was removed with DeleteAlias; deleting an alias leaves its key in place.',
      'The alias name is misspelled, or the deployment that creates it has not run yet in this account or environment.',
      'Possibly its key was deleted: the documentation does not say whether an alias outlives its key.',
    ],
    fixes: [
      "Call ListAliases in the caller's region to see which aliases exist; ListAliasesByKeyId shows the aliases of a given key.",
      'Point the client at the region where the alias was created.',
      'Recreate the alias with CreateAlias (AliasName=alias/<name>, KeyId=<key ID>) on the key that encrypted the data, after confirming that key with DescribeKey; CreateAlias fails with Rejected.StateModifiedFailed if the key is PendingDeletion.',
    ],
    avoid:
      'Do not attach the missing alias to a newly created key to make the error go away: data encrypted under the original key still needs that key. Find it (ListKeys, DescribeKey, ActionTrail) and alias that one.',
    related: ['Forbidden.KeyNotFound', 'AliasAlreadyExists', 'Unsupported.Alias'],
  },
  'Forbidden.NoPermission': {
    meaning:
      'The calling identity (RAM user or RAM role) is not allowed to perform this action on this resource. It usually comes with HTTP 403, but CreateKey, GetKeyPolicy, GetSecretPolicy, SetKeyPolicy and SetSecretPolicy list it with 400.',
    causes: [
      'No policy of the RAM user or role allows the action on this key, for example kms:Decrypt.',
      'The policy names the wrong resource: region, account ID or key ID differ in acs:kms:<region>:<account-id>:key/<key-id>, or it grants on the alias, although a call made through an alias is authorized against the key.',
      'A Deny statement or a condition excludes this request, such as a global condition (acs:CurrentTime) or a kms:tag/<tag-key> filter; for a key in a KMS instance, its key policy counts too.',
      'The application runs as another identity than expected, such as an ECS instance RAM role or a different STS role session.',
    ],
    fixes: [
      'Confirm the calling identity with STS GetCallerIdentity using the same credentials, and map the operation to its action (Decrypt needs kms:Decrypt; ReEncrypt needs kms:ReEncryptFrom and kms:ReEncryptTo).',
      'Have a RAM administrator grant a custom policy allowing that one action on that key ARN, for example kms:Decrypt on acs:kms:cn-hangzhou:<account-id>:key/<key-id>.',
      "Check Deny statements and conditions in every policy attached to the user, its groups or the role. Only keys in a KMS instance have a key policy (GetKeyPolicy; on other keys it returns Forbidden.KeyPolicyUnSupported); cross-account use of such a key needs both its key policy and the other account's RAM policy to allow it.",
      'For a key in a KMS instance, cryptographic calls through the OpenAPI are documented to work only with a RAM role whose trusted entity is an Alibaba Cloud service; the KMS instance SDK is the recommended path.',
    ],
    avoid:
      'Do not attach AliyunKMSFullAccess or AdministratorAccess to make the error go away: grant the one action on the one key. Full access would also let that identity disable or schedule deletion of keys.',
    related: [
      'Forbidden.KeyPolicyUnSupported',
      'Forbidden.AccessKey',
      'Forbidden.RAM',
      'Forbidden.KeyNotFound',
    ],
  },
  'Forbidden.AccessKey': {
    meaning:
      'The AccessKey is not enabled, so KMS refuses requests signed with it. The shared API gateway reports a disabled AccessKey as InvalidAccessKeyId.Inactive ("Specified access key is disabled.").',
    causes: [
      'An administrator disabled the AccessKey in the RAM console, for example during rotation or after a suspected leak.',
      'The application still uses the old AccessKey after a rotation that disabled it.',
    ],
    fixes: [
      "Check the AccessKey's status on the RAM user's page in the RAM console and ask the administrator why it was disabled.",
      "Switch the application to the user's active AccessKey, or to a RAM role with STS credentials, and redeploy.",
      'Re-enable the old AccessKey only if the administrator confirms it was disabled by mistake.',
    ],
    avoid: 'Do not re-enable an AccessKey that was disabled because it leaked; rotate to a new one instead.',
    related: ['InvalidAccessKeyId.Inactive', 'InvalidAccessKeyId.NotFound', 'Forbidden.NoPermission'],
  },
  UnsupportedHTTPMethod: {
    meaning:
      'KMS does not accept the HTTP method of the request. Its API reference allows GET and POST, over HTTPS, with the parameters in the request URL.',
    causes: [
      'A hand-written client or generic HTTP library sends PUT, DELETE or another method; the documentation does not say which methods get this code.',
      'KMS is called from browser JavaScript, which may send an OPTIONS preflight first (and a browser should never hold an AccessKey anyway).',
      'A proxy or gateway between the caller and KMS rewrites the method.',
    ],
    fixes: [
      'Send GET or POST to the HTTPS endpoint (for example https://kms.cn-hangzhou.aliyuncs.com/) with all parameters in the query string, as the KMS API reference describes, or use an official SDK, which builds the request for you.',
      'Sign with the method actually sent: the HTTP method is the first part of the string-to-sign.',
      'Call KMS from a backend service, and check that any proxy forwards the method unchanged.',
    ],
    related: ['IncompleteSignature', 'SignatureDoesNotMatch', 'ParseRequestParameterException'],
  },
  'Forbidden.UbsmsInvalidUserid': {
    meaning:
      'KMS refused the call because a back-end check rejected the user ID of the calling account ("Userid Invalid For Ubsms."). Alibaba does not document what UBSMS is or when this code is returned.',
    causes: [
      'Not documented. Possibly the account is not in a state that can use KMS, for example not fully set up, suspended or closed.',
      'Possibly the credentials belong to another account than intended, such as an old test account.',
    ],
    fixes: [
      'Confirm which account the credentials belong to with STS GetCallerIdentity.',
      "Have the account owner check the account's KMS status with DescribeAccountKmsStatus (AccountStatus Enabled, NotEnabled, InDebt or Suspended) and the account itself in the console.",
      'If everything looks right, open a ticket with the RequestId: nothing in the request can fix an account-side refusal.',
    ],
    related: ['Forbidden.UbsmsInvalidBid', 'Forbidden.KmsServiceNotEnabled', 'Forbidden.InDebt'],
  },
  'Forbidden.UbsmsInvalidBid': {
    meaning:
      'The message, "Your account partner does not have KMS Service.", indicates that the account is managed through an Alibaba Cloud partner whose offering does not include KMS. Alibaba documents nothing beyond that message.',
    causes: [
      'The account was opened through a reseller or partner channel that, going by the message, does not offer KMS.',
      'KMS has not been arranged for this partner-managed account.',
    ],
    fixes: [
      'Have the account owner ask the partner (reseller) to make KMS available to the account.',
      'Confirm the account with STS GetCallerIdentity and its KMS status with DescribeAccountKmsStatus.',
      'If it is unclear who the partner is, open a ticket with the RequestId.',
    ],
    avoid:
      'Do not move the application to keys in another account as a quick fix: existing ciphertext can only be decrypted by the keys that produced it.',
    related: ['Forbidden.UbsmsInvalidUserid', 'Forbidden.KmsServiceNotEnabled'],
  },
  'Forbidden.KmsServiceNotEnabled': {
    meaning: 'KMS has not been activated for this Alibaba Cloud account, and no KMS call works until it is.',
    causes: [
      "A new account, or a new environment's account, on which nobody has activated KMS.",
      'The credentials belong to another account than the one where KMS is activated.',
      'Activation was attempted but did not go through, for example because the account has no real-name verification (OpenKmsService then returns Forbidden.NoRealNameAuthentication).',
    ],
    fixes: [
      'Check the status with DescribeAccountKmsStatus: AccountStatus NotEnabled means KMS is not activated (the other values are Enabled, InDebt and Suspended).',
      'Have the account owner complete real-name verification, then activate KMS on the console activation page or with OpenKmsService. Activation happens once per account and KMS is a paid service; Forbidden.Opened means it is already active.',
      'Confirm which account the credentials belong to with STS GetCallerIdentity.',
      'After activation, make sure RAM users and roles have policies for the KMS actions they call.',
    ],
    avoid:
      "Do not give the application's RAM user broad rights so it can activate services itself; activation is a one-time action for the account.",
    related: [
      'Forbidden.NoRealNameAuthentication',
      'Forbidden.Opened',
      'CreateLXOrderFailed',
      'Forbidden.NoPermission',
    ],
  },
  'Forbidden.ProhibitedByRiskControl': {
    meaning:
      'Alibaba Cloud\'s risk control has restricted this account or user, so KMS refuses its calls. The documentation says nothing beyond the message, "Current user is Prohibited By Risk Control."',
    causes: [
      'Not documented. Possibly activity on the account was flagged as risky, for example suspected credential compromise or abuse.',
      'Possibly an account verification or compliance check is pending.',
    ],
    fixes: [
      'Have the account owner look for a restriction notice and its reason in the console, messages and email.',
      'Open a ticket with the RequestId to learn the reason and how the restriction can be lifted.',
      'If compromise is suspected, rotate AccessKeys and review recent calls in ActionTrail, which records KMS API calls.',
    ],
    avoid: 'Do not create another account or RAM user to get around the restriction.',
    related: ['Forbidden.RiskControl', 'Forbidden.AccessKey', 'Forbidden.InDebt'],
  },
  'Forbidden.InDebtOverdue': {
    meaning:
      'KMS refused the call because the account has overdue payments. Alibaba documents that KMS is disabled for an account whose arrears are not settled within seven days: key data is kept, but access is denied.',
    causes: [
      'A bill or pay-as-you-go charge went unpaid and the arrears were not settled in time.',
      'The payment method failed (expired card, insufficient balance).',
    ],
    fixes: [
      'Escalate to whoever owns billing for the account: the caller cannot fix this.',
      'Settle the overdue amount in the Billing console, then check with DescribeAccountKmsStatus that AccountStatus is Enabled before retrying.',
      'Set up balance and overdue alerts so it does not recur.',
    ],
    avoid:
      'Do not keep retrying or fail over to another region: the billing documentation describes KMS being disabled for the account, not for one region.',
    related: ['Forbidden.InDebt', 'Forbidden.KmsServiceNotEnabled'],
  },
  'Forbidden.InDebt': {
    meaning:
      'KMS refused the call because the account is in arrears. Alibaba documents that KMS is disabled if arrears are not settled within seven days, but not how this code differs from Forbidden.InDebtOverdue.',
    causes: ['Pay-as-you-go charges exceeded the account balance.', 'An automatic payment failed.'],
    fixes: [
      'Escalate to whoever owns billing for the account: the caller cannot fix this.',
      'Top up or settle the outstanding amount in the Billing console; until then DescribeAccountKmsStatus reports AccountStatus InDebt.',
      'Retry once AccountStatus is Enabled again, and set up balance alerts so the account does not run into arrears again.',
    ],
    avoid:
      'Do not keep retrying in the meantime or move to another region: the arrears belong to the account.',
    related: ['Forbidden.InDebtOverdue', 'Forbidden.KmsServiceNotEnabled'],
  },
  ParseRequestParameterException: {
    meaning:
      'KMS could not parse the request parameters at all. The documentation gives only the message and does not say which inputs cause it.',
    causes: [
      'Possibly a parameter that must hold JSON, such as EncryptionContext (a JSON object of key/value pairs), is not valid JSON.',
      'Parameters are not percent-encoded, or are encoded twice.',
      'Parameters sent in a request body, for example as JSON, although the KMS API reference puts all parameters in the request URL.',
    ],
    fixes: [
      'Build EncryptionContext with a JSON encoder, for example {"app":"billing"}, not by string concatenation, and pass the same context to Decrypt.',
      'Put all parameters in the query string of the HTTPS URL and percent-encode each name and value exactly once, RFC 3986 style (space as %20).',
      'Reproduce the call with an official SDK or in OpenAPI Explorer and compare the raw requests.',
    ],
    related: ['InvalidParameter', 'MissingParameter', 'UnsupportedHTTPMethod'],
  },
  MissingParameter: {
    meaning:
      'A required parameter is absent from the request. The common-errors table shows a message naming it, but several operations document one that does not: "The parameter needed but no provided."',
    causes: [
      'A required parameter was left out, such as KeyId for Encrypt, CiphertextBlob for Decrypt or KeyVersionId for AsymmetricSign.',
      'The parameter name is misspelled or wrongly cased (keyId instead of KeyId), so KMS did not see it.',
      'The value came from an empty configuration variable and the client dropped the empty parameter.',
    ],
    fixes: [
      "Check the operation's API reference for its required parameters, and use the name in the message where it gives one.",
      'Use the exact names and case, for example KeyId, CiphertextBlob, KeyVersionId.',
      'Validate configuration at startup so an empty key ID fails fast with a clear error.',
    ],
    related: ['InvalidParameter', 'ParseRequestParameterException', 'IllegalTimestamp'],
  },
  InvalidParameter: {
    meaning:
      'A parameter is present but its value is not acceptable (format, range or allowed values). Most documented wordings do not say which parameter; the usual one is "The specified parameter is not valid."',
    causes: [
      'A value outside its documented range, such as NumberOfBytes outside 1 to 1024 in GenerateDataKey, or PendingWindowInDays outside 7 to 366 in ScheduleKeyDeletion (7 to 30 in the 2021 documentation).',
      'A RotationInterval the key does not allow: current documentation gives 365 days for default keys and 7 to 365 days for keys in software KMS instances (the 2021 documentation allowed 7 to 730).',
      'A malformed alias name: it needs the alias/ prefix and 1 to 255 characters after it, using only letters, digits, _, - and /.',
      'Plaintext larger than the 6 KB that Encrypt accepts.',
    ],
    fixes: [
      "Compare each value with its allowed values in the operation's API reference; only UpdateRotationPolicy documents a message that names the parameter (RotationInterval).",
      'For data over 6 KB use envelope encryption: GenerateDataKey, encrypt locally with the plaintext data key, store the encrypted data key next to the data.',
      'Log the exact values sent (never plaintext or secrets) and compare with a call that works in OpenAPI Explorer.',
    ],
    related: [
      'MissingParameter',
      'ParseRequestParameterException',
      'InvalidParameter.TagKey',
      'Unsupported.ProtectionLevel',
    ],
  },
  IncompleteSignature: {
    meaning:
      'Going by its message, "The request signature does not conform to Alibaba Cloud standards.", the signature is missing or not built to Alibaba Cloud\'s signing scheme; the documentation says no more. A well-formed signature that does not match is reported by the shared API gateway as SignatureDoesNotMatch.',
    causes: [
      'Signature parameters missing or wrong: no Signature, SignatureMethod other than HMAC-SHA1, or SignatureVersion other than 1.0.',
      "A hand-written signer builds the wrong string-to-sign: parameters not sorted, percent-encoding not RFC 3986 (space as + instead of %20, * not as %2A, ~ encoded), or the HMAC key not the secret followed by '&'.",
      'The request was changed after signing, or the Signature value was not percent-encoded when added to the URL.',
      'The AccessKey secret does not belong to the AccessKey ID in use, or carries a stray newline.',
    ],
    fixes: [
      'Make the same call with an official SDK or the aliyun CLI using the same credentials; if it works, the fault is in your signer.',
      "In a custom signer follow the KMS signing rules: sort parameters, percent-encode names and values, StringToSign = Method + '&' + percentEncode('/') + '&' + percentEncode(canonical query), HMAC-SHA1 with the secret plus '&' as key, then base64.",
      'Send SignatureMethod=HMAC-SHA1 and SignatureVersion=1.0, add Signature last, and send exactly what you signed.',
      'Check that the secret matches the AccessKey ID; rotate the AccessKey if unsure which secret is current.',
    ],
    avoid:
      'Do not disable or bypass signature checks in a client to test, and never paste the AccessKey secret into tickets, chat or logs; share the RequestId and your StringToSign instead.',
    related: [
      'SignatureDoesNotMatch',
      'IllegalTimestamp',
      'InvalidAccessKeyId.NotFound',
      'UnsupportedHTTPMethod',
    ],
  },
  IllegalTimestamp: {
    meaning:
      "KMS did not accept the Timestamp common parameter. The message speaks of a missing Timestamp, but KMS's own sample error response shows it for an expired request.",
    causes: [
      'Timestamp missing, or not in UTC ISO 8601 form yyyy-MM-ddTHH:mm:ssZ (for example local time or a +08:00 offset).',
      "Clock skew: the caller's clock is off (NTP not running). KMS documents no allowed window; the documented 15-minute limit belongs to the shared API gateway, which reports a stale timestamp as InvalidTimeStamp.Expired.",
      'A signed request was stored and sent later (queued retries, cached signed URLs) after its Timestamp went stale.',
    ],
    fixes: [
      "Sync the host clock with NTP (for example Alibaba Cloud's ntp.aliyun.com, or ntp.cloud.aliyuncs.com from inside Alibaba Cloud) and check the container or VM clock too.",
      'Send Timestamp in UTC as yyyy-MM-ddTHH:mm:ssZ, for example 2024-05-01T08:30:00Z.',
      'Build and sign every retry afresh with a new Timestamp, and a new SignatureNonce if your client sends one (the gateway rejects a reused nonce as SignatureNonceUsed).',
    ],
    avoid: 'Do not shift or hard-code the Timestamp to paper over clock drift; fix the clock.',
    related: [
      'InvalidTimeStamp.Expired',
      'InvalidTimeStamp.Format',
      'MissingTimestamp',
      'IncompleteSignature',
    ],
  },
  'Rejected.LimitExceeded': {
    meaning:
      'Creating the resource would exceed a KMS resource quota. The documented default quotas per account and region are 200 keys, 300 aliases and 10,000 key versions; secrets and KMS instances have their own limits.',
    causes: [
      'Code creates a key per user, tenant or object instead of using envelope encryption with GenerateDataKey under one key.',
      'Test and CI runs leave keys and aliases behind.',
      'For secrets (CreateSecret, PutSecretValue, UpdateSecretVersionStage), a secret limit was reached; those operations document the wordings "The secret quota is exceeded." and "exceed secret limits error".',
      "For a key or secret in a KMS instance, the instance's key or secret quota is used up; in a software instance each key version uses one unit of key quota.",
    ],
    fixes: [
      'Count what exists: ListKeys and ListAliases in the region; for a KMS instance, GetKmsInstanceQuotaInfos (ResourceType key or secret) shows quota and usage.',
      'Free quota: remove unused aliases with DeleteAlias; retire keys with ScheduleKeyDeletion only once nothing encrypted under them is still needed (whether keys pending deletion still count is not documented).',
      'Share one key: GenerateDataKey gives each object its own data key under a single KMS key.',
      'If the need is real, raise the limit: for a KMS instance, change its specification (KMS has no modify operation; the billing API ModifyInstance does it). For the default quotas the documentation describes no increase procedure; ask through a ticket.',
    ],
    avoid:
      'Do not bulk-delete keys to free quota without checking what they protect: data under a deleted key is unrecoverable.',
    related: ['Rejected.ShareQuotaExceedLimit', 'Rejected.Throttling', 'AliasAlreadyExists'],
  },
  AliasAlreadyExists: {
    meaning: 'CreateAlias was called with an alias name that already exists for this account in this region.',
    causes: [
      'A deployment script or infrastructure code runs CreateAlias on every run instead of checking first.',
      'The alias still points at an old key from an earlier setup, possibly one in PendingDeletion.',
      'Another team or application already uses the name in this region.',
    ],
    fixes: [
      'Find the current target with ListAliases, or DescribeKey with KeyId=alias/<name>.',
      'If it already points at the intended key, treat the call as done so deployments stay idempotent.',
      'To move it deliberately use UpdateAlias (it fails with Rejected.PendingDeletion if the new target key is pending deletion); otherwise pick another name. Aliases cannot be renamed.',
    ],
    avoid:
      'Do not UpdateAlias or DeleteAlias an alias another application depends on: its Encrypt and GenerateDataKey calls would silently switch to your key or start failing.',
    related: ['Forbidden.AliasNotFound', 'Unsupported.Alias', 'Rejected.LimitExceeded'],
  },
  InvalidKeyMaterial: {
    meaning:
      'ImportKeyMaterial rejected the wrapped key material as invalid. The documentation gives only the message, "key material is invalid."',
    causes: [
      'The material was not wrapped with the PublicKey from GetParametersForImport, or not with the WrappingAlgorithm requested there (RSAES_PKCS1_V1_5, RSAES_OAEP_SHA_1 or RSAES_OAEP_SHA_256 with an RSA_2048 wrapping key; SM2PKE with EC_SM2, for HSM keys only).',
      'Wrong length: Aliyun_AES_256 keys need 256-bit (32-byte) material, Aliyun_SM4 keys 128-bit (16-byte).',
      'EncryptedKeyMaterial is not base64, is base64 twice, or wraps hex or base64 text instead of the raw bytes.',
      'Possibly different material from what this key was first given: a key only ever accepts its original material again, and the code KMS returns otherwise is not documented.',
    ],
    fixes: [
      'Call GetParametersForImport for this KeyId with the WrappingAlgorithm and WrappingKeySpec you will actually use (dedicated KMS does not accept RSAES_OAEP_SHA_1), and wrap with its PublicKey.',
      'Wrap the raw key bytes (32 for AES-256, 16 for SM4), then base64-encode the wrapped result once.',
      'Call ImportKeyMaterial with that EncryptedKeyMaterial and the ImportToken from the same GetParametersForImport response.',
      'For a re-import, take the original material from your secure backup.',
    ],
    avoid:
      'Do not import different material into a key that already had material (after DeleteKeyMaterial or expiry): KMS refuses it, and existing ciphertext can only be decrypted with the original material. If that material is lost, so is the data.',
    related: ['InvalidImportToken', 'ExpiredImportToken', 'Rejected.PendingImport', 'Unsupported.Origin'],
  },
  InvalidImportToken: {
    meaning:
      'The ImportToken passed to ImportKeyMaterial is not valid for this key or for this wrapped material.',
    causes: [
      'The token comes from a GetParametersForImport call for another key: a token and its public key serve only the key named in that call.',
      'The token and the EncryptedKeyMaterial come from different GetParametersForImport calls; each response has its own PublicKey and ImportToken pair.',
      'The token was truncated or altered on the way (line breaks, URL encoding).',
    ],
    fixes: [
      'Call GetParametersForImport for this exact KeyId and keep its PublicKey and ImportToken together.',
      'Wrap the material with that PublicKey and pass both values to ImportKeyMaterial unmodified.',
      'A token can be reused for 24 hours, so a retry within that time needs no new one, as long as it stays paired with its PublicKey.',
    ],
    avoid: 'Do not mix tokens and wrapped material from different GetParametersForImport calls or keys.',
    related: ['ExpiredImportToken', 'InvalidKeyMaterial'],
  },
  ExpiredImportToken: {
    meaning:
      'The ImportToken and its PublicKey from GetParametersForImport are past their validity (24 hours; see TokenExpireTime in that response).',
    causes: [
      'Too long passed between GetParametersForImport and ImportKeyMaterial, for example an approval step in a key ceremony.',
      'A script reuses a token saved from an earlier run.',
    ],
    fixes: [
      'Call GetParametersForImport again for the key.',
      'Wrap the same original material with the new PublicKey and call ImportKeyMaterial with the new ImportToken before TokenExpireTime.',
      'Run the wrap and the import in one session.',
    ],
    avoid:
      'Do not resend the expired token or the material wrapped for it; the pair cannot be revived. Re-wrap the original material, never new material, for a key that already had material.',
    related: ['InvalidImportToken', 'InvalidKeyMaterial', 'Rejected.PendingImport'],
  },
  'Unsupported.Origin': {
    meaning:
      "The operation does not work with the key's material origin; it is documented only for GetParametersForImport and ImportKeyMaterial, which need a key whose Origin is EXTERNAL. UpdateRotationPolicy and CreateKeyVersion, which refuse EXTERNAL keys, do not list it; the unsupported code they document is Rejected.UnsupportedOperation.",
    causes: [
      'GetParametersForImport or ImportKeyMaterial called on a key whose Origin is Aliyun_KMS (material generated by KMS).',
      'The import script points at the wrong key: a KMS-generated key instead of the EXTERNAL key created for the import.',
      'Possibly DeleteKeyMaterial on an Aliyun_KMS key: it is meant for imported material only, but the documentation does not say which code it returns.',
    ],
    fixes: [
      "Check the key's Origin with DescribeKey.",
      'For bring-your-own-key, create a key with CreateKey Origin=EXTERNAL and import into that; the origin is set at creation. Keys in software KMS instances allow only Aliyun_KMS; default keys and keys in hardware instances allow EXTERNAL.',
      'To rotate imported material, create a new EXTERNAL key, import into it, move the alias with UpdateAlias, and keep the old key for decrypting old data.',
    ],
    avoid:
      'Do not delete the existing key to recreate it with another origin: data encrypted under it becomes undecryptable.',
    related: ['Rejected.UnsupportedOperation', 'InvalidKeyMaterial', 'Rejected.PendingImport'],
  },
  'Unsupported.Alias': {
    meaning:
      'The operation does not accept an alias where it was given one; it needs the key ID. KMS documents only the message, "Alias is not valid for this api.", not which operations return it.',
    causes: [
      'An alias passed to an operation whose KeyId the API reference describes as the key ID only, such as EnableKey, DisableKey, ScheduleKeyDeletion, CancelKeyDeletion, CreateAlias or UpdateRotationPolicy.',
      'Code written for operations that do accept aliases (Encrypt, GenerateDataKey, GenerateDataKeyWithoutPlaintext, DescribeKey, the asymmetric operations, ListKeyVersions) reused for other operations.',
    ],
    fixes: [
      'Resolve the alias to its key ID with DescribeKey (KeyId=alias/<name>, read KeyMetadata.KeyId) or ListAliases, and pass the key ID.',
      'Keep using the alias where it is accepted, so the key can later be swapped with UpdateAlias.',
      'For SetDeletionProtection pass the key ARN in ProtectedResourceArn; DescribeKey returns it as Arn.',
    ],
    related: ['Forbidden.AliasNotFound', 'AliasAlreadyExists', 'InvalidParameter'],
  },
  'Unsupported.ProtectionLevel': {
    meaning: 'CreateKey asked for a ProtectionLevel, usually HSM, that KMS does not offer in this region.',
    causes: [
      'ProtectionLevel=HSM (Managed HSM) requested in a region where Managed HSM is not available; the 2021 documentation listed eleven regions that had it.',
      'A template or infrastructure code written for one region reused in another.',
    ],
    fixes: [
      'Decide whether HSM protection is required. If it is, create the key in a region listed on the Managed HSM page, or in a hardware KMS instance (DKMSInstanceId), whose keys are always HSM-protected.',
      'If it is not, leave ProtectionLevel out: current documentation advises not setting it; KMS then uses HSM where the region has Managed HSM and SOFTWARE otherwise.',
      "If the key moves to another region, point the application at that region's endpoint: keys are regional.",
    ],
    avoid:
      'Do not silently fall back to SOFTWARE when a compliance rule requires HSM-protected keys; get that decision made explicitly.',
    related: ['InvalidParameter', 'Forbidden.DKMSInstanceNotFound'],
  },
  'Rejected.StateModifiedFailed': {
    meaning:
      "The key's current state rules out the requested operation, mostly a state change such as EnableKey or CancelKeyDeletion. It is a fixed answer from KMS's key-state table, not a transient fault, so resending the same call cannot succeed.",
    causes: [
      'EnableKey or DisableKey on a key that is PendingDeletion or PendingImport.',
      'ScheduleKeyDeletion on a key that is already PendingDeletion, or CancelKeyDeletion on a key that is not PendingDeletion (Enabled, Disabled or PendingImport).',
      'CreateAlias or ImportKeyMaterial on a key that is PendingDeletion.',
      'Automation that assumes a state, for example a cleanup job scheduled the key for deletion before a deployment tried to enable it.',
    ],
    fixes: [
      'Read the state with DescribeKey (KeyState, and DeleteDate if it is PendingDeletion).',
      'PendingDeletion: if the key is still needed, a key administrator calls CancelKeyDeletion (the key returns to Enabled), then the call is repeated. PendingImport: import the material (GetParametersForImport, ImportKeyMaterial) before EnableKey or DisableKey.',
      'If the call is redundant (ScheduleKeyDeletion on a key already scheduled, CancelKeyDeletion on a key not scheduled for deletion), nothing can make it succeed: drop it, and treat it as done if that state is what you wanted.',
      'Find who put the key in its state, and when, in ActionTrail.',
    ],
    avoid:
      "Do not retry with backoff: the answer only changes when the key's state does. Do not cancel a deletion or import material just to make the call pass without finding out why the key is in that state.",
    related: ['Rejected.PendingDeletion', 'Rejected.PendingImport', 'Rejected.Disabled'],
  },
  'Rejected.Disabled': {
    meaning:
      'The key is Disabled: KMS refuses cryptographic calls with it, and also CreateKeyVersion and UpdateRotationPolicy, until it is enabled again. Its key material is intact.',
    causes: [
      'Someone called DisableKey or disabled the key in the console, for example to cut off access during an incident or to test impact before deletion.',
      'Automation that disables unused keys picked this one.',
    ],
    fixes: [
      'Confirm with DescribeKey (KeyState=Disabled), and find who disabled it and why in ActionTrail.',
      "If the key should be in use, a key administrator calls EnableKey; the caller's retries then succeed.",
      'If it was disabled on purpose, agree with its owner how data encrypted under it will be handled.',
    ],
    avoid:
      'Do not re-enable a key that was disabled on purpose without asking its owner, and do not replace it with a new key: data encrypted under it can only be decrypted by this key.',
    related: ['Rejected.PendingDeletion', 'Rejected.StateModifiedFailed', 'Forbidden.NoPermission'],
  },
  'Rejected.PendingDeletion': {
    meaning:
      'The key is scheduled for deletion and cannot be used. When the waiting period ends (7 to 366 days in current documentation, 7 to 30 in 2021), the key and its material are deleted for good.',
    causes: [
      'ScheduleKeyDeletion was called, by a person or a cleanup script, on a key that is still in use.',
      'The wrong key was scheduled (similar name or alias, wrong environment).',
      'UpdateAlias was asked to point an alias at a key that is pending deletion: UpdateAlias checks only the new target key.',
    ],
    fixes: [
      'Act before the deletion date: check KeyState and DeleteDate with DescribeKey.',
      'If the key is still needed, a key administrator calls CancelKeyDeletion; the key returns to Enabled and retries succeed.',
      'Then, for keys that must not be deleted, turn on deletion protection with SetDeletionProtection (ProtectedResourceArn, EnableDeletionProtection=true); it cannot be set while the key is still PendingDeletion.',
      'Find who scheduled the deletion in ActionTrail.',
    ],
    avoid:
      'Do not create a new key to replace it: data encrypted under this key cannot be decrypted with a new one. Use CancelKeyDeletion while the key is still pending.',
    related: ['Rejected.StateModifiedFailed', 'Rejected.Disabled', 'Forbidden.KeyNotFound'],
  },
  'Rejected.PendingImport': {
    meaning:
      'The key has no usable material: it was created with Origin=EXTERNAL and nothing has been imported yet, or its imported material was deleted or has expired.',
    causes: [
      'The key was created with CreateKey Origin=EXTERNAL but ImportKeyMaterial never completed.',
      'Someone ran DeleteKeyMaterial, which puts a key that is not pending deletion back into PendingImport.',
      'The imported material reached the expiry set at import time (KeyMaterialExpireUnix); the key stays unusable until the same material is imported again.',
    ],
    fixes: [
      'Check with DescribeKey: Origin=EXTERNAL, KeyState=PendingImport, and MaterialExpireTime if an expiry was set.',
      'Import: GetParametersForImport, wrap the material with its PublicKey, then ImportKeyMaterial; a key that had material before takes only that same material.',
      'Choose the expiry deliberately when importing (KeyMaterialExpireUnix, 0 for none) and monitor MaterialExpireTime.',
    ],
    avoid:
      'Do not import fresh material into a key that had material before: KMS refuses it, and existing ciphertext needs the original material.',
    related: [
      'InvalidKeyMaterial',
      'ExpiredImportToken',
      'Unsupported.Origin',
      'Rejected.StateModifiedFailed',
    ],
  },
  'Certificate.NotFound': {
    meaning:
      'Certificates Manager in KMS has no certificate with the CertificateId given, for this account at the regional endpoint called.',
    causes: [
      'The certificate was deleted with DeleteCertificate, which also removes its private key and certificate chain for good.',
      'The CertificateId is mistyped, or was copied from another environment or account.',
      'The request goes to another region than the one where CreateCertificate ran: KMS endpoints are regional.',
    ],
    fixes: [
      'Call DescribeCertificate with the same CertificateId against the endpoint of the region where the certificate was created; if it is found, its Status shows whether it is still waiting for UploadCertificate (PENDING), active, disabled or revoked.',
      'Take the ID from where CreateCertificate returned it and keep it in configuration: this API version has no operation that lists certificates.',
      'If the certificate was deleted, create a new one: CreateCertificate, have the CA sign the CSR it returns, then UploadCertificate; update anything that trusted the old certificate or its public key.',
    ],
    avoid:
      'Do not expect to bring back a deleted certificate: DeleteCertificate removes the certificate, its private key and its chain, and none of them can be restored.',
    related: ['Forbidden.KeyNotFound', 'Forbidden.ResourceNotFound'],
  },
  CreateLXOrderFailed: {
    meaning:
      "OpenKmsService could not create the order that activates KMS for the account. Alibaba's documentation only says the order failed, not why.",
    causes: [
      'Possibly something on the account blocks a new order, such as an overdue balance or no valid payment method (the documentation names no causes).',
      'Possibly the account may not place new orders at the moment, for example while it is restricted or not fully set up (not documented).',
      'Possibly a passing fault in the ordering system.',
    ],
    fixes: [
      'Call DescribeAccountKmsStatus first: if AccountStatus is Enabled, KMS is already active and nothing more is needed.',
      'Have the account owner, signed in to the console, try activation on the KMS activation page to see whether the order goes through there.',
      'If the console fails too, or activation must go through the API, open a ticket with the RequestId.',
    ],
    avoid:
      'Do not call OpenKmsService in a loop: an account is activated only once, and repeating the order does not fix an account or billing problem.',
    related: [
      'Forbidden.Opened',
      'Forbidden.NoRealNameAuthentication',
      'Forbidden.KmsServiceNotEnabled',
      'Forbidden.InDebt',
    ],
  },
  'Duplicate.TagKey': {
    meaning:
      'Going by its message, the Tag list of a TagResources or ListTagResources request names the same tag key more than once. The documentation says nothing beyond the message.',
    causes: [
      'Tags merged from several sources (defaults, environment, per-resource settings) without removing duplicates, so one key arrives with two values.',
      'A ListTagResources filter that repeats a key, for example to match two values of the same key.',
      'A loop that appends the tag list again on a retry instead of rebuilding it.',
    ],
    fixes: [
      'Build the Tag list from a map keyed by tag key, so each key appears once, and send it as Key and Value pairs.',
      'Where two sources disagree on a key, decide which value wins before sending.',
      'For ListTagResources, filter on each key once; to match several values of one key, run one query per value and merge the results.',
    ],
    avoid:
      'Do not drop one of the duplicates at random: decide which value is right, or the key or secret ends up tagged with the wrong one.',
    related: ['InvalidParameter.TagKey', 'InvalidParameter.TagValue', 'InvalidResourceId.NotFound'],
  },
  'Forbidden.DKMSInstanceNotFound': {
    meaning:
      'KMS cannot find the KMS instance the request refers to (DKMS in the code name; instance IDs start with kst-), for this account in this region.',
    causes: [
      'The DKMSInstanceId passed to CreateKey or CreateSecret is mistyped, or belongs to another region or account.',
      'The instance was released, which releases every key and secret in it.',
      'A template sets DKMSInstanceId in an environment that has no KMS instance; a default key needs no instance ID.',
      "On GetSecretValue, which takes no instance ID, presumably the secret's instance no longer exists (the documentation does not say).",
    ],
    fixes: [
      'Call ListKmsInstances in the same region and compare the KmsInstanceId values with the ID you send; GetKmsInstance (KmsInstanceId) shows one instance in detail.',
      'Pass a listed ID as DKMSInstanceId, or leave DKMSInstanceId out if you meant to create a default key.',
      'If the instance was released, its keys and secrets went with it; a software key management instance can be recovered only from a backup taken before the release.',
    ],
    avoid:
      "Do not create keys in another instance expecting them to decrypt old data: ciphertext made under the released instance's keys cannot be decrypted with any other key.",
    related: ['Forbidden.DKMSInstanceStateInvalid', 'Forbidden.KeyNotFound', 'Forbidden.ResourceNotFound'],
  },
  'Forbidden.DKMSInstanceStateInvalid': {
    meaning:
      "The KMS instance exists but is not in a state in which it can serve the request. Alibaba's documentation does not say which instance statuses lead to this code.",
    causes: [
      'The instance was bought but never enabled: GetKmsInstance reports Status Uninitialized.',
      'The instance is still being enabled (Status Connecting), for example when automation creates keys right after the instance.',
      'Possibly the instance is Disconnected or in Error, or its subscription passed its EndDate (not documented).',
    ],
    fixes: [
      'Call GetKmsInstance with the KmsInstanceId and read Status (Uninitialized, Connecting, Connected, Disconnected, Error) and EndDate; Connected means enabled.',
      'If it is Uninitialized, enable a software key management instance with ConnectKmsInstance (KmsInstanceId, VpcId, two ZoneIds, VSwitchIds, KMProvider=Aliyun); that operation does not enable hardware instances.',
      "If it is Connecting, wait and retry with backoff; Terraform's provider likewise retries CreateKey on this code.",
      'If the subscription has expired, renew it with the BSS RenewInstance operation (ProductCode=kms; KMS has no renew operation of its own); for Disconnected or Error, open a ticket with the RequestId.',
    ],
    avoid:
      'Do not release and recreate the instance to reset it: releasing deletes its keys and secrets, and data encrypted under those keys can no longer be decrypted.',
    related: ['Forbidden.DKMSInstanceNotFound', 'Rejected.Unavailable', 'Forbidden.KeyPolicyUnSupported'],
  },
  'Forbidden.KeyPolicyUnSupported': {
    meaning:
      'The key or secret has no policy to read or set: key and secret policies exist only for keys and secrets in a KMS instance. The same key-worded message is returned for secrets.',
    causes: [
      'GetKeyPolicy or SetKeyPolicy called on a default key, which is not in a KMS instance.',
      'GetSecretPolicy or SetSecretPolicy called on a secret that is not in a KMS instance.',
      'Code or templates written for instance keys, for example a cross-account setup built on key policies, reused on default keys.',
    ],
    fixes: [
      'Call DescribeKey (or DescribeSecret) and check DKMSInstanceId: only a key or secret in a KMS instance has a policy.',
      'For default keys and secrets, control access with RAM policies on the RAM users and roles instead.',
      'If you need a resource policy, for example to let another account use the key, create the key or secret in a KMS instance (CreateKey or CreateSecret with DKMSInstanceId and, optionally, Policy) and move new work to it.',
    ],
    avoid:
      'Do not retry: whether a key or secret supports a policy does not change. A new instance key only helps for data encrypted from then on; existing ciphertext still needs the old key.',
    related: ['Forbidden.NoPermission', 'Forbidden.ResourceNotFound', 'Forbidden.DKMSInstanceNotFound'],
  },
  'Forbidden.NoRealNameAuthentication': {
    meaning:
      'KMS cannot be activated because the Alibaba Cloud account has not completed real-name verification, which activation requires.',
    causes: [
      'A new account on which real-name verification was never completed.',
      'Verification was started but is not finished, for example still under review.',
      'OpenKmsService is called with credentials of another account than the verified one.',
    ],
    fixes: [
      'Have the account owner complete real-name verification for the account in the Alibaba Cloud account centre.',
      'Then call OpenKmsService again, or activate KMS on the console activation page, and confirm with DescribeAccountKmsStatus (AccountStatus Enabled).',
      'Confirm which account the credentials belong to with STS GetCallerIdentity.',
    ],
    avoid:
      'Do not activate KMS under some other, already verified account just to get past this: keys and secrets belong to the account that creates them, as their ARNs show.',
    related: ['Forbidden.KmsServiceNotEnabled', 'CreateLXOrderFailed', 'Forbidden.Opened'],
  },
  'Forbidden.Opened': {
    meaning:
      'OpenKmsService was called, but KMS is already activated for this account. Activation happens once per account, so nothing is wrong.',
    causes: [
      'A provisioning script or template calls OpenKmsService on every run.',
      'KMS was activated earlier, in the console or by an earlier call.',
    ],
    fixes: [
      "Treat this code as success: KMS is active. Terraform's alicloud_kms_service data source does the same.",
      'To check before calling, use DescribeAccountKmsStatus: AccountStatus Enabled means KMS is active.',
      "If KMS calls still fail, look for the cause elsewhere, such as RAM permissions or the account's billing status.",
    ],
    avoid: 'Do not report this as a failure or retry it: calling OpenKmsService again changes nothing.',
    related: ['Forbidden.KmsServiceNotEnabled', 'CreateLXOrderFailed', 'Forbidden.NoRealNameAuthentication'],
  },
  'Forbidden.ResourceNotFound': {
    meaning:
      'KMS cannot find what the request names: the secret on secret operations such as DescribeSecret, GetSecretValue, PutSecretValue, RestoreSecret and DeleteSecret, and the policy on GetKeyPolicy and SetKeyPolicy ("Policy not found."). Most operations return it with HTTP 403; DeleteSecret and GetKeyPolicy with 404, and CreateSecret with 403 in the API metadata but 404 in its API reference.',
    causes: [
      "Secret operations: no secret with that SecretName in this account and region, for example a typo, the wrong region, or another account's secret given by name instead of its ARN (acs:kms:<region>:<account-id>:secret/<name>).",
      'Secret operations: the secret was deleted with ForceDeleteWithoutRecovery=true, or its recovery window has ended.',
      'GetKeyPolicy, SetKeyPolicy, GetSecretPolicy and SetSecretPolicy: PolicyName is set to something other than default, the only policy name KMS supports.',
      'CreateSecret: the documentation does not say what is missing; possibly a resource the request refers to, such as the key in EncryptionKeyId.',
    ],
    fixes: [
      "For a secret, call ListSecrets in the intended region (Filters on SecretName narrows it), then DescribeSecret with the exact name, or the full ARN for another account's secret.",
      'For a policy, leave PolicyName out or set it to default.',
      'For CreateSecret, check the key in EncryptionKeyId with DescribeKey: it must be a symmetric key in the same KMS instance as the secret.',
      'If the secret is gone for good, find the DeleteSecret call in ActionTrail, then create the secret again with CreateSecret and store its value.',
    ],
    avoid:
      'Do not assume a missing secret is free to recreate: while a deleted secret waits out its recovery window, CreateSecret refuses its name (Rejected.ResourceInDeleteWindow). Use RestoreSecret within the window instead.',
    related: [
      'Rejected.ResourceInDeleteWindow',
      'Forbidden.KeyNotFound',
      'Forbidden.KeyPolicyUnSupported',
      'Rejected.ResourceExist',
    ],
  },
  'InvalidParameter.TagKey': {
    meaning:
      'A tag key in a TagResources request breaks the tag rules. The message is the generic "The specified parameter is not valid."; the code says the key is at fault.',
    causes: [
      'The key starts with aliyun or acs:, prefixes reserved for Alibaba Cloud.',
      'The key is longer than 128 characters, or contains characters other than letters, digits and / \\ _ - . + = : @ (for example spaces or non-Latin text).',
      'The tag list has the wrong shape, so keys are read wrongly: TagResources takes Key and Value pairs, while the older TagResource takes a JSON string of TagKey and TagValue objects.',
    ],
    fixes: [
      'Validate keys before sending: at most 128 characters, only letters, digits and / \\ _ - . + = : @, and no aliyun or acs: prefix.',
      'Check the tag format of the operation you call, and compare the request with one that works in OpenAPI Explorer.',
      'Stay within the per-request limits of TagResources: at most 20 tags and 50 ResourceId values.',
    ],
    avoid:
      'Do not use the aliyun or acs: prefixes for your own tags: they are reserved, and UntagResources cannot remove tags that start with them.',
    related: ['InvalidParameter.TagValue', 'Duplicate.TagKey', 'InvalidParameter'],
  },
  'InvalidParameter.TagValue': {
    meaning:
      'A tag value in a TagResources request breaks the tag rules. The message is the generic "The specified parameter is not valid."; the code says the value is at fault.',
    causes: [
      'The value is longer than 128 characters.',
      'The value contains characters other than letters, digits and / \\ _ - . + = : @, for example spaces, commas or non-Latin text.',
      'The value is built from other data, such as a URL with ? or &, a JSON fragment or a free-text note, that brings in disallowed characters.',
    ],
    fixes: [
      'Validate values before sending: at most 128 characters, only letters, digits and / \\ _ - . + = : @.',
      'Map other characters to allowed ones (for example spaces to -), or keep free-form text in the key or secret description instead of a tag.',
      'Log the tag list exactly as sent and compare it with a call that works in OpenAPI Explorer.',
    ],
    avoid:
      'Do not put secret or personal data into tag values: tags are metadata that ListTagResources and DescribeSecret return to anyone allowed to read them.',
    related: ['InvalidParameter.TagKey', 'Duplicate.TagKey', 'InvalidParameter'],
  },
  'InvalidResourceId.NotFound': {
    meaning:
      'A ResourceId in a TagResources, UntagResources or ListTagResources request does not name an existing key or secret. The documentation gives only the message; the causes below are inferred from the parameters.',
    causes: [
      'ResourceType does not match the IDs: a secret sent with ResourceType=key, or a key ID with ResourceType=secret.',
      'RegionId, which these operations require, or the endpoint names another region than the one where the resource lives.',
      'The key or secret was deleted, or the ID is mistyped or belongs to another account.',
    ],
    fixes: [
      'Check each ID in that region: DescribeKey for ResourceType=key, DescribeSecret for ResourceType=secret.',
      'Send one request per ResourceType and per region, with at most 50 ResourceId values.',
      'Remove the IDs of deleted resources from the list.',
    ],
    avoid: 'Do not resend the same batch unchanged: find the ID that does not resolve, then fix or drop it.',
    related: ['Forbidden.KeyNotFound', 'Forbidden.ResourceNotFound', 'Duplicate.TagKey'],
  },
  'Rejected.InvalidRequest': {
    meaning:
      'Alibaba\'s documentation does not define this code. Only UpdateSecretVersionStage lists it, with the message "param mismatch", which suggests the stage parameters do not fit each other or the secret\'s versions.',
    causes: [
      'Possibly RemoveFromVersion names a version that does not carry the VersionStage given (not documented).',
      'Possibly VersionStage is ACSCurrent or ACSPrevious without MoveToVersion: the documentation says these built-in stages can only be moved to another version, never just removed.',
      'Possibly MoveToVersion or RemoveFromVersion names a version ID the secret does not have.',
    ],
    fixes: [
      'Call ListSecretVersionIds (SecretName, IncludeDeprecated=true to include versions without a stage) to see which version carries which stage.',
      'Send VersionStage with RemoveFromVersion set to the version that carries it now and MoveToVersion set to the target; for ACSCurrent and ACSPrevious always set MoveToVersion.',
      'If the parameters match what ListSecretVersionIds shows and the error persists, open a ticket with the RequestId.',
    ],
    avoid: 'Do not resend the call unchanged: the parameters have to change first.',
    related: ['Rejected.UnsupportedOperation', 'InvalidParameter', 'Forbidden.ResourceNotFound'],
  },
  'Rejected.ResourceExist': {
    meaning:
      'The request would create something that already exists: on CreateSecret, a secret with that SecretName; on PutSecretValue, a version with that VersionId but a different value.',
    causes: [
      'CreateSecret: a secret with this SecretName already exists in the account and region, for example created by an earlier deployment run.',
      'PutSecretValue: the VersionId is already used in the secret with different SecretData; versions are write-once, and resending the same VersionId with the same data succeeds.',
      'UpdateSecret also lists this code, with no documented cause; on CreateApplicationAccessPoint the message indicates an application access point that already exists.',
    ],
    fixes: [
      'For CreateSecret, call DescribeSecret with the name; if it is the secret you meant, store the new value with PutSecretValue instead of creating it again.',
      'For PutSecretValue, give every new value a new, unique VersionId (for example a UUID); ListSecretVersionIds shows the IDs in use.',
      'For CreateApplicationAccessPoint, choose another Name or reuse the existing access point (DescribeApplicationAccessPoint).',
    ],
    avoid:
      'Do not delete and recreate a secret to get past this: unless force-deleted, a deleted secret keeps its name through a recovery window of 7 to 30 days in which CreateSecret refuses it, and force deletion loses every version for good.',
    related: ['Rejected.ResourceInDeleteWindow', 'AliasAlreadyExists', 'Forbidden.ResourceNotFound'],
  },
  'Rejected.ResourceInDeleteWindow': {
    meaning:
      'The secret has been deleted with a recovery window and is waiting out that window. UpdateSecret, UpdateSecretVersionStage and DeleteSecret refuse to act on it, and CreateSecret refuses to reuse its name.',
    causes: [
      'DeleteSecret was called without ForceDeleteWithoutRecovery, which schedules deletion after RecoveryWindowInDays (7 to 30 days, default 30).',
      'A deployment tore down a secret and now creates it again under the same name, for example in a test environment.',
      'A second DeleteSecret is sent for a secret already scheduled for deletion (inferred from DeleteSecret listing this code).',
    ],
    fixes: [
      'Call DescribeSecret: PlannedDeleteTime shows when the secret will be deleted.',
      'To keep the secret, call RestoreSecret (SecretName) before that time; it then works as before.',
      'To reuse the name at once, and only if nothing needs the old value: RestoreSecret, then DeleteSecret with ForceDeleteWithoutRecovery=true (without RecoveryWindowInDays), then CreateSecret.',
      'Otherwise wait until PlannedDeleteTime has passed, or create the secret under a new name.',
    ],
    avoid:
      'Do not force-delete a secret that anything may still need: a secret deleted with ForceDeleteWithoutRecovery=true cannot be restored.',
    related: [
      'Rejected.ResourceExist',
      'Forbidden.ResourceNotFound',
      'Rejected.ResourceInUse',
      'Rejected.PendingDeletion',
    ],
  },
  'Rejected.ResourceInUse': {
    meaning:
      'Going by its message ("restore normal secret"), RestoreSecret was called on a secret that is not scheduled for deletion, so there is nothing to restore. The documentation says nothing more.',
    causes: [
      'The secret was already restored, by an earlier call or by someone else, or was never deleted.',
      'A restore script calls RestoreSecret on every secret in a list without checking which ones are scheduled for deletion.',
    ],
    fixes: [
      'Call DescribeSecret: if it shows no PlannedDeleteTime, the secret is in normal use and the restore can be treated as done.',
      'In scripts, handle this code as success for that secret.',
    ],
    avoid: 'Do not report this as a failure or retry it: the secret is usable as it is.',
    related: ['Rejected.ResourceInDeleteWindow', 'Forbidden.ResourceNotFound'],
  },
  'Rejected.ShareQuotaExceedLimit': {
    meaning:
      'Alibaba\'s documentation does not define this code. CreateKey, CreateSecret, SetKeyPolicy and SetSecretPolicy list it, and its message, "Instance Share Quota Exceed Limit.", points to some quota of a KMS instance, apparently one related to sharing, being used up.',
    causes: [
      'Possibly a key or secret policy names more other accounts than the instance allows: policies can grant RAM users and roles of other accounts, and KMS tracks the accounts an instance is shared with, but no such quota is documented.',
      "Possibly the instance's key, secret or access-management (VPC) quota is used up; that this code reports it is not documented.",
    ],
    fixes: [
      "Check the instance's quotas: GetKmsInstanceQuotaInfos (KmsInstanceId, ResourceType key, secret or vpc) returns ResourceQuota and UsedQuantity, and GetKmsInstance shows KeyNum, SecretNum and VpcNum.",
      'If SetKeyPolicy or SetSecretPolicy failed, try the policy with fewer principals from other accounts to see whether their number is the limit.',
      'Free quota by removing resources no longer needed, or upgrade the instance, and open a ticket with the RequestId to learn which quota was hit.',
    ],
    avoid:
      'Do not retry unchanged, and do not delete keys to free quota without checking what they protect: data encrypted under a deleted key cannot be recovered.',
    related: [
      'Rejected.LimitExceeded',
      'Forbidden.DKMSInstanceStateInvalid',
      'Forbidden.KeyPolicyUnSupported',
    ],
  },
  'Rejected.Unavailable': {
    meaning:
      'Alibaba\'s documentation does not define this code or a key state called Unavailable: the documented key states are Enabled, Disabled, PendingDeletion and PendingImport. Decrypt, GenerateDataKey and CreateKeyVersion list it, with the message "The request was rejected because the key state is Unavailable."',
    causes: [
      'Possibly the key is in a KMS instance that cannot serve it at the moment, for example one that is disconnected or whose subscription has expired (not documented).',
      'Possibly the key material is temporarily out of reach, for example in a hardware key management instance (not documented).',
    ],
    fixes: [
      'Call DescribeKey for the key and read KeyState and DKMSInstanceId.',
      'If DKMSInstanceId is set, call GetKmsInstance and check Status (Connected means enabled) and EndDate; renew an expired subscription with the BSS RenewInstance operation (ProductCode=kms).',
      'If the key and instance look normal, retry later with backoff; if the error persists, open a ticket with the RequestId, the key ID and the operation.',
    ],
    avoid:
      'Do not create a replacement key: existing ciphertext can only be decrypted by the key that produced it, so the goal is to make this key usable again.',
    related: [
      'Rejected.Disabled',
      'Rejected.PendingImport',
      'Forbidden.DKMSInstanceStateInvalid',
      'Rejected.PendingDeletion',
    ],
  },
  'Rejected.UnsupportedOperation': {
    meaning:
      'KMS does not support this operation on this key or secret as it is; what exactly is refused depends on the operation (see the causes). The message is "Unsupported operation.", except on UpdateSecretVersionStage: "secret stages in unnormal status".',
    causes: [
      'CreateKeyVersion: the key does not take manual versions. The 2021 docs allowed them only for asymmetric default keys, at least 7 days after the last version, naming this code for a call inside those 7 days; the 2024 docs allow them only for Enabled symmetric keys in a software key management instance.',
      'UpdateRotationPolicy: the key cannot rotate automatically, for example imported material (Origin EXTERNAL), a key a cloud service manages, or a type other than default keys and symmetric keys in software instances (which of these give this code is inferred).',
      'AsymmetricEncrypt or AsymmetricDecrypt: possibly a key whose KeyUsage is not ENCRYPT/DECRYPT, or an Algorithm its KeySpec does not support (not documented).',
      'UpdateSecretVersionStage: not documented; possibly a stage change the secret does not allow, for example on a secret that is not a generic secret.',
    ],
    fixes: [
      "Call DescribeKey and check KeySpec, KeyUsage, Origin, DKMSInstanceId, KeyState and, for CreateKeyVersion, LastRotationDate against the operation's rules.",
      'CreateKeyVersion: where the 7-day interval applies, wait until 7 days after LastRotationDate; otherwise use a key type that supports versions, or automatic rotation with UpdateRotationPolicy where supported.',
      'AsymmetricEncrypt and AsymmetricDecrypt: use a key with KeyUsage ENCRYPT/DECRYPT and an Algorithm listed for its KeySpec, for example RSAES_OAEP_SHA_256 for RSA_2048.',
      'UpdateSecretVersionStage: check SecretType with DescribeSecret and the stages with ListSecretVersionIds; move ACSCurrent and ACSPrevious with MoveToVersion instead of removing them.',
    ],
    avoid:
      'Do not retry in a loop: apart from the 7-day interval of the older CreateKeyVersion rules, which takes days, the same call on the same key or secret keeps failing.',
    related: ['UnsupportedOperation', 'Unsupported.Origin', 'Rejected.InvalidRequest', 'Rejected.Disabled'],
  },
  UnsupportedOperation: {
    meaning:
      'Alibaba\'s documentation does not define this code. CreateKey, CreateSecret, Decrypt and GenerateDataKey list it with the message "This action is not supported.", which says only that KMS does not support the request as sent.',
    causes: [
      'Possibly a parameter combination the target does not support, for example CreateKey with Origin=EXTERNAL in a software key management instance, which accepts only Aliyun_KMS (the rule is documented; that it gives this code is not).',
      'Possibly Decrypt or GenerateDataKey on a key in a KMS instance through the OpenAPI with an identity other than a RAM role whose trusted entity is an Alibaba Cloud service, the only identity the documentation allows there.',
      'One public report (terraform-provider-alicloud issue 5164, 2022) met this code creating a key meant for a dedicated KMS instance, before the provider could pass DKMSInstanceId.',
    ],
    fixes: [
      'Call DescribeKey on the key concerned: a DKMSInstanceId means it lives in a KMS instance, and GetKmsInstance then shows whether that instance is Connected.',
      'Check the request against the documented rules for that kind of key: KeySpec, Origin and DKMSInstanceId for CreateKey; for CreateSecret, an EncryptionKeyId that is a symmetric key in the same instance as the secret.',
      "For cryptographic calls on instance keys, use the KMS instance SDK through the instance's endpoint, or call the OpenAPI as a RAM role whose trusted entity is an Alibaba Cloud service.",
      'If the request still fails, open a ticket with the RequestId, the operation and its parameters (never plaintext or secret values).',
    ],
    avoid:
      'Do not treat it as Rejected.UnsupportedOperation, a different and better documented code, and do not retry unchanged.',
    related: [
      'Rejected.UnsupportedOperation',
      'Forbidden.DKMSInstanceNotFound',
      'Unsupported.Origin',
      'Forbidden.NoPermission',
    ],
  },
  Throttling: {
    meaning:
      'KMS refused the request because the account sent more requests per second than its quota allows. The 2020 API pages list this form (HTTP 400) for GenerateDataKey and ScheduleKeyDeletion; retrying after a pause is expected to work.',
    causes: [
      'Bursts of calls, such as one GenerateDataKey, Encrypt or Decrypt per record or message instead of reusing data keys.',
      'Many application instances or threads sharing one account and region: request quotas are counted per account and region, for groups of operations.',
      'Retries without backoff that multiply the load after the first throttled responses.',
    ],
    fixes: [
      'Retry with exponential backoff and jitter, bounded in attempts; KMS documents retrying with backoff for throttled requests.',
      'Cut calls: use envelope encryption (one GenerateDataKey, then local encryption) and reuse data keys within your security rules.',
      "Spread batch jobs over time so the rate stays under the quota of the operation's group.",
      "For sustained higher rates, use keys in a KMS instance through its dedicated gateway, whose capacity grows with the instance's computing performance; shared-gateway quotas cannot be raised.",
    ],
    avoid:
      'Do not retry immediately or from many threads at once: that keeps the account over its quota and prolongs the throttling.',
    related: ['Rejected.Throttling', 'Throttling.User', 'Throttling.Api', 'ServiceUnavailableTemporary'],
  },
  'Rejected.Throttling': {
    meaning:
      'KMS refused the request with HTTP 429 because a requests-per-second quota was exceeded. The API reference lists it for CreateSecret ("The QPS upper limit is exceeded.") and KMS\'s limits page shows it with "QPS Limit Exceeded"; retrying with backoff is expected to work.',
    causes: [
      "More calls per second than the quota of the operation's group for the account in the region; groups include creating or deleting secrets, reading secret values, and cryptographic operations.",
      'A deployment or test run creating many keys or secrets at once: the current performance page allows 10 per second for CreateKey and 10 for creating or deleting secrets.',
      'An application calling GetSecretValue on every request instead of caching the value.',
    ],
    fixes: [
      "Retry with exponential backoff and jitter, bounded in attempts, as KMS's own guidance for this error advises.",
      'Reduce call volume: cache secret values in the application and refresh them periodically, and reuse data keys.',
      'Pace batch jobs that create or delete keys and secrets to a few requests per second.',
      'For sustained high rates on instance keys and secrets, use the dedicated gateway of a KMS instance; shared-gateway quotas cannot be increased.',
    ],
    avoid:
      'Do not retry immediately or from many threads at once: that keeps the account over its quota and prolongs the throttling.',
    related: ['Throttling', 'Throttling.User', 'Rejected.LimitExceeded', 'ServiceUnavailableTemporary'],
  },
};
