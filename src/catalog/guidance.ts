import type { Guidance } from './types.ts';

/**
 * What each code means and what to do, written by us, keyed by code. Kept apart from facts.ts so the
 * first view (the table) loads without it; the invariants test checks every code has exactly one.
 */
export const guidance: Readonly<Record<string, Guidance>> = {
  InternalFailure: {
    meaning:
      'KMS hit an unexpected error while processing the request. The request itself may well be correct.',
    causes: [
      'A transient fault inside KMS or one of its dependencies.',
      'A KMS incident or degradation in the region.',
      'Rarely, an unusual input KMS fails on instead of rejecting with a 400: suspect this when one request fails every time while others succeed.',
    ],
    fixes: [
      'Retry with exponential backoff and jitter (for example 0.5 s, 1 s, 2 s, capped), a bounded number of times; the official SDKs have retry settings for this.',
      'If failures persist, check the Alibaba Cloud service status page for KMS in that region.',
      'If one request keeps failing, open a ticket with the RequestId (and HostId) from the error body, the region and the operation name.',
    ],
    avoid:
      'Do not retry in a tight loop or from many threads at once: it adds load to a struggling service and can get you throttled. Before retrying CreateKey or CreateAlias, check with ListKeys or ListAliases whether the first attempt went through.',
    related: ['ServiceUnavailableTemporary', 'Rejected.StateModifiedFailed'],
  },
  ServiceUnavailableTemporary: {
    meaning:
      'KMS in this region cannot serve the request right now, for example during overload or maintenance. Retrying later is expected to work.',
    causes: [
      'Short-lived overload or maintenance of KMS in the region.',
      'A regional incident or failover in progress.',
    ],
    fixes: [
      'Retry with exponential backoff and jitter, bounded in attempts and total time.',
      'Check the Alibaba Cloud service status page for KMS in that region; if the outage lasts, open a ticket with the RequestId.',
      'Cut call volume: use envelope encryption (one GenerateDataKey, then local encryption) and cache data keys instead of calling Encrypt or Decrypt per record.',
    ],
    avoid:
      'Do not retry immediately in a loop, and do not fail over Decrypt to another region: a ciphertext can only be decrypted by the key, in the region, that produced it.',
    related: ['InternalFailure'],
  },
  'InvalidAccessKeyId.NotFound': {
    meaning: 'Alibaba Cloud has no AccessKey with the ID the request was signed with.',
    causes: [
      'The AccessKey ID is mistyped, truncated, or carries a stray space or newline picked up when it was copied into an environment variable or secret store.',
      'The AccessKey was deleted in the RAM console (for example after a rotation) and the application still uses it.',
      'STS temporary credentials (AccessKey ID starting with STS.) sent without their SecurityToken, or used after they expired.',
      'The SDK resolved other credentials than intended: another profile, environment variable or instance RAM role in the credential chain.',
    ],
    fixes: [
      "Compare the AccessKey ID in the request with the intended RAM user's AccessKeys in the RAM console; strip whitespace.",
      "If the key was deleted, create a new AccessKey for the RAM user and update the application's secret, or move to a RAM role with STS so no long-lived key can go stale.",
      'For STS credentials, send the SecurityToken with every request and refresh the credentials (AssumeRole) before their Expiration.',
      'Log which credential source the SDK picked (for example the ALIBABA_CLOUD_ACCESS_KEY_ID environment variable, a CLI profile, an ECS RAM role), never the secret.',
    ],
    avoid:
      'Do not paste the AccessKey secret into tickets or chat to have it checked; the ID alone identifies the key.',
    related: ['Forbidden.AccessKey', 'IncompleteSignature'],
  },
  'Forbidden.KeyNotFound': {
    meaning:
      'KMS cannot find the key the request names, for this account in this region. KMS files this under Forbidden. but returns HTTP 404.',
    causes: [
      'Wrong region endpoint: keys are regional, so a key created in cn-hangzhou is not found through kms.cn-shanghai.aliyuncs.com.',
      'Decrypt called in another region than the Encrypt or GenerateDataKey that produced the ciphertext; the key is taken from the ciphertext, not from the request.',
      'The key ID is mistyped or belongs to another account or environment (staging vs production), or an alias was sent without its alias/ prefix and read as a key ID.',
      'The key was deleted: ScheduleKeyDeletion ran and its waiting period has ended.',
    ],
    fixes: [
      "Call DescribeKey with the same KeyId against the intended region's endpoint; to find where a key lives, list regions with DescribeRegions and call ListKeys in each.",
      "Point the client at the key's region (endpoint and RegionId); for Decrypt, at the region where the data was encrypted.",
      'If you use an alias, resolve it in that region with ListAliases or DescribeKey (KeyId=alias/<name>).',
      'Check ActionTrail for a ScheduleKeyDeletion event on the key ID; if the key is deleted, data encrypted under it cannot be decrypted through KMS any more.',
    ],
    avoid:
      'Do not create a new key, or point the old alias at a new key with CreateAlias or UpdateAlias, expecting it to restore access: a new key has different key material, so existing ciphertext still cannot be decrypted.',
    related: ['Forbidden.AliasNotFound', 'Forbidden.KeyVersionNotFound', 'Rejected.PendingDeletion'],
  },
  'Forbidden.KeyVersionNotFound': {
    meaning:
      'The key exists but has no version with the KeyVersionId given. KMS files this under Forbidden. but returns HTTP 404.',
    causes: [
      "Versions belong to one key: a KeyVersionId stored with data under key A is sent with key B's KeyId, for example after the alias in KeyId was moved with UpdateAlias.",
      'The KeyVersionId was copied from another key, region or environment.',
      'The KeyVersionId is mistyped or truncated.',
    ],
    fixes: [
      'List the versions of the key with ListKeyVersions and check the ID is among them; DescribeKeyVersion confirms a single one.',
      'Store the key ID (not an alias) together with KeyVersionId for later AsymmetricVerify or AsymmetricDecrypt calls.',
      'To use the current version, read PrimaryKeyVersion from DescribeKey.',
    ],
    avoid:
      'Do not swap in whatever version is current to make the error go away: an asymmetric signature or ciphertext only verifies or decrypts with the version that produced it.',
    related: ['Forbidden.KeyNotFound', 'InvalidParameter'],
  },
  'Forbidden.AliasNotFound': {
    meaning:
      'No alias with this name exists for this account in this region. KMS files this under Forbidden. but returns HTTP 404.',
    causes: [
      'The alias exists in another region: aliases are unique per account and region and do not follow a key across regions.',
      'The alias was removed with DeleteAlias, or deleted together with its key.',
      'The alias name is misspelled, or the deployment that creates it has not run yet in this account or environment.',
    ],
    fixes: [
      "Call ListAliases in the caller's region to see which aliases exist; ListAliasesByKeyId shows the aliases of a given key.",
      'Point the client at the region where the alias was created.',
      'Recreate the alias with CreateAlias (AliasName=alias/<name>, KeyId=<key ID>) on the key that encrypted the data, after confirming that key with DescribeKey.',
    ],
    avoid:
      'Do not attach the missing alias to a newly created key to make the error go away: data encrypted under the original key still needs that key. Find it (ListKeys, DescribeKey, ActionTrail) and alias that one.',
    related: ['Forbidden.KeyNotFound', 'AliasAlreadyExists', 'Unsupported.Alias'],
  },
  'Forbidden.NoPermission': {
    meaning:
      'The calling identity (RAM user or role) is not allowed to perform this action on this resource.',
    causes: [
      'No policy of the RAM user or role allows the action on this key, for example kms:Decrypt.',
      'The policy names the wrong resource: region, account ID or key ID differ in acs:kms:<region>:<account-id>:key/<key-id>, or it grants on the alias although a call made through an alias is authorized against the key.',
      'A Deny statement or a condition (acs:SourceIp, acs:SourceVpc, MFA) excludes this request.',
      'The application runs as another identity than expected, such as an ECS instance RAM role or a different STS role session.',
    ],
    fixes: [
      'Confirm the calling identity with STS GetCallerIdentity using the same credentials, and map the operation to its action (Decrypt needs kms:Decrypt).',
      'Have a RAM administrator grant a custom policy allowing that one action on that key ARN, for example kms:Decrypt on acs:kms:cn-hangzhou:<account-id>:key/<key-id>.',
      "Check Deny statements and conditions in every policy attached to the user, its groups or the role, and the key's key policy if it has one (GetKeyPolicy).",
    ],
    avoid:
      'Do not attach AliyunKMSFullAccess or AdministratorAccess to make the error go away: grant the one action on the one key. Full access would also let that identity disable or schedule deletion of keys.',
    related: ['Forbidden.KeyNotFound', 'Forbidden.AccessKey', 'Forbidden.KmsServiceNotEnabled'],
  },
  'Forbidden.AccessKey': {
    meaning: 'The AccessKey exists but is disabled, so every request signed with it is refused.',
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
    related: ['InvalidAccessKeyId.NotFound', 'Forbidden.NoPermission'],
  },
  UnsupportedHTTPMethod: {
    meaning: 'KMS does not accept the HTTP method of the request; its RPC-style API takes GET and POST.',
    causes: [
      'A hand-written client or generic HTTP library sends PUT, DELETE or another method.',
      'KMS is called from browser JavaScript, which sends an OPTIONS preflight first (and a browser should never hold an AccessKey anyway).',
      'A proxy or gateway between the caller and KMS rewrites the method.',
    ],
    fixes: [
      'Send GET with parameters in the query string, or POST with form-encoded parameters; the official Alibaba Cloud SDKs do this for you.',
      'Sign with the method actually sent: the HTTP method is the first part of the string-to-sign.',
      'Call KMS from a backend service, and check that any proxy forwards the method unchanged.',
    ],
    related: ['IncompleteSignature', 'ParseRequestParameterException'],
  },
  'Forbidden.UbsmsInvalidUserid': {
    meaning:
      "Alibaba Cloud's service-subscription system (UBSMS) does not accept the account's user ID for KMS, so KMS refuses the call. Retrying cannot help until the account side is sorted out.",
    causes: [
      'The account is not in a state that can use KMS, for example not fully set up, suspended or closed.',
      'The credentials belong to another account than intended, such as an old test account.',
    ],
    fixes: [
      'Confirm which account the credentials belong to with STS GetCallerIdentity.',
      'Have the account owner check the account status and KMS activation in the console.',
      'If everything looks right, open a ticket with the RequestId: this is an account-system problem the caller cannot fix.',
    ],
    related: ['Forbidden.UbsmsInvalidBid', 'Forbidden.KmsServiceNotEnabled'],
  },
  'Forbidden.UbsmsInvalidBid': {
    meaning:
      'The account is managed through an Alibaba Cloud partner (reseller) whose offering does not include KMS, so KMS is unavailable to it.',
    causes: [
      'The account was opened through a reseller or partner channel that does not offer KMS.',
      'KMS has not been arranged for this partner-managed account.',
    ],
    fixes: [
      'Have the account owner ask the partner (reseller) to make KMS available to the account.',
      'If unclear who the partner is, open a ticket with the RequestId.',
    ],
    avoid:
      'Do not switch the application to keys in another account as a quick fix without a plan: keys cannot be moved between accounts, and existing ciphertext stays tied to the original keys.',
    related: ['Forbidden.UbsmsInvalidUserid', 'Forbidden.KmsServiceNotEnabled'],
  },
  'Forbidden.KmsServiceNotEnabled': {
    meaning:
      'KMS has not been activated for this Alibaba Cloud account; no KMS call works until the owner activates it.',
    causes: [
      "A new account, or a new environment's account, on which nobody has activated KMS.",
      'The credentials belong to another account than the one where KMS is activated.',
    ],
    fixes: [
      "Have the account owner activate KMS in the KMS console (or call OpenKmsService once with the owner's credentials).",
      'Confirm which account the credentials belong to with STS GetCallerIdentity.',
      'After activation, make sure RAM users and roles also have policies for the KMS actions they call.',
    ],
    avoid:
      "Do not give the application's RAM user broad rights so it can activate services itself; activation is a one-time owner action.",
    related: ['Forbidden.NoPermission', 'Forbidden.InDebt', 'Forbidden.UbsmsInvalidBid'],
  },
  'Forbidden.ProhibitedByRiskControl': {
    meaning:
      "Alibaba Cloud's risk-control system has restricted this account or user, so KMS refuses its calls.",
    causes: [
      'Activity on the account was flagged as risky, for example suspected credential compromise or abuse.',
      'An account verification or compliance check is pending.',
    ],
    fixes: [
      'Have the account owner look for the restriction and its reason in console notifications, email and Security Center.',
      'Follow the unblocking steps given, or open a ticket with the RequestId.',
      'If compromise is suspected, rotate AccessKeys and review recent calls in ActionTrail.',
    ],
    avoid: 'Do not create another account or RAM user to get around the restriction.',
    related: ['Forbidden.AccessKey', 'Forbidden.InDebt'],
  },
  'Forbidden.InDebtOverdue': {
    meaning:
      'The account has an overdue payment, so KMS is suspended for it until the debt is settled. No change to the request helps.',
    causes: [
      'A bill or pay-as-you-go charge went unpaid past its due date.',
      'The payment method failed (expired card, insufficient balance) and the arrears became overdue.',
    ],
    fixes: [
      'Escalate to whoever owns billing for the account: the caller cannot fix this.',
      'Settle the overdue payment in the Billing console.',
      'Once services resume, retry; set up balance and overdue alerts so it does not recur.',
    ],
    avoid:
      'Do not keep retrying or fail over to another region: the suspension applies to the whole account.',
    related: ['Forbidden.InDebt', 'Forbidden.KmsServiceNotEnabled'],
  },
  'Forbidden.InDebt': {
    meaning:
      'The account has an outstanding balance (arrears), and KMS refuses its calls until the balance is paid. No change to the request helps.',
    causes: ['Pay-as-you-go charges exceeded the account balance.', 'An automatic payment failed.'],
    fixes: [
      'Escalate to whoever owns billing for the account: the caller cannot fix this.',
      'Top up or settle the outstanding amount in the Billing console, then retry.',
      'Set up balance alerts so the account does not run into arrears again.',
    ],
    avoid: 'Do not keep retrying in the meantime: the calls fail until the account is paid up.',
    related: ['Forbidden.InDebtOverdue', 'Forbidden.KmsServiceNotEnabled'],
  },
  ParseRequestParameterException: {
    meaning: 'KMS could not parse the request parameters at all, before checking any of their values.',
    causes: [
      'A parameter that must hold JSON, such as EncryptionContext, is not a valid JSON object of string pairs.',
      'Parameters are not percent-encoded, or are encoded twice.',
      'A POST body is sent as JSON instead of application/x-www-form-urlencoded.',
    ],
    fixes: [
      'Build EncryptionContext with a JSON encoder, for example {"app":"billing"}, not by string concatenation; pass the same context to Decrypt.',
      'Percent-encode each parameter exactly once (RFC 3986), and send POST parameters form-encoded.',
      'Reproduce the call with the official SDK or in OpenAPI Explorer and compare the raw requests.',
    ],
    related: ['InvalidParameter', 'MissingParameter', 'IncompleteSignature'],
  },
  MissingParameter: {
    meaning: 'A required parameter is absent from the request; the message names it.',
    causes: [
      'A required parameter was left out, such as KeyId for Encrypt, CiphertextBlob for Decrypt or KeyVersionId for AsymmetricSign.',
      'The parameter name is misspelled or wrongly cased (keyId instead of KeyId), so KMS ignored it.',
      'The value came from an empty configuration variable and the client dropped the empty parameter.',
    ],
    fixes: [
      "Read the parameter name in the message and check the operation's API reference for its required parameters.",
      'Use the exact names and case, for example KeyId, CiphertextBlob, KeyVersionId.',
      'Validate configuration at startup so an empty key ID fails fast with a clear error.',
    ],
    related: ['InvalidParameter', 'ParseRequestParameterException'],
  },
  InvalidParameter: {
    meaning:
      'A parameter is present but its value is not acceptable (format, range or allowed values); the message names it.',
    causes: [
      'A value outside the allowed set or range, such as an unknown KeySpec or KeyUsage in CreateKey, or NumberOfBytes out of range in GenerateDataKey.',
      'A malformed identifier: a KeyId that is neither a key ID, an alias/ name nor an ARN, or an alias name with disallowed characters or over 255 characters after alias/.',
      'Plaintext larger than Encrypt accepts (6 KB).',
    ],
    fixes: [
      "Read the parameter name in the message and check its allowed values in the operation's API reference.",
      'For larger data use envelope encryption: GenerateDataKey, encrypt locally with the plaintext data key, store the encrypted data key next to the data.',
      'Log the exact value sent (never plaintext or secrets) and compare with a call that works in OpenAPI Explorer.',
    ],
    related: ['MissingParameter', 'ParseRequestParameterException', 'Unsupported.ProtectionLevel'],
  },
  IncompleteSignature: {
    meaning:
      'The Signature in the request does not match what KMS computes for it, so KMS cannot authenticate the request.',
    causes: [
      'The AccessKey secret does not belong to the AccessKey ID in use, or carries a stray newline.',
      "A hand-written signer builds the wrong string-to-sign: parameters not sorted, percent-encoding not RFC 3986 (space as + instead of %20, * not as %2A, ~ encoded), or the HMAC key not the secret followed by '&'.",
      'The request was changed after signing: a parameter added, or the query re-encoded by a proxy or HTTP library.',
    ],
    fixes: [
      'Make the same call with the official SDK or the aliyun CLI using the same credentials; if it works, the fault is in your signer.',
      'Check that the secret matches the AccessKey ID; rotate the AccessKey if unsure which secret is current.',
      "In a custom signer follow the RPC rules: sort parameters, percent-encode them, StringToSign = Method + '&' + encode('/') + '&' + encode(canonical query), HMAC-SHA1 with key secret + '&'.",
      'Sign last, and send exactly the bytes you signed.',
    ],
    avoid:
      'Do not disable or bypass signature checks in a client to test, and never paste the AccessKey secret into tickets, chat or logs; share the RequestId and your StringToSign instead.',
    related: ['IllegalTimestamp', 'InvalidAccessKeyId.NotFound', 'UnsupportedHTTPMethod'],
  },
  IllegalTimestamp: {
    meaning:
      "The Timestamp common parameter is missing, malformed or too far from KMS's clock. Despite the wording, the documentation's own sample shows it for an expired request.",
    causes: [
      "Clock skew: the caller's clock is off (NTP not running), so the signed Timestamp falls outside the window KMS accepts.",
      'Timestamp missing, or not in UTC ISO 8601 form yyyy-MM-ddTHH:mm:ssZ (for example local time or a +08:00 offset).',
      'A signed request was stored and sent later (queued retries, cached signed URLs) after its Timestamp went stale.',
    ],
    fixes: [
      "Sync the host clock with NTP (for example Alibaba Cloud's ntp.aliyun.com) and check the container or VM clock too.",
      'Send Timestamp in UTC as yyyy-MM-ddTHH:mm:ssZ, for example 2024-05-01T08:30:00Z.',
      'Re-sign every retry with a fresh Timestamp and SignatureNonce instead of resending a stored signed request.',
    ],
    avoid: 'Do not shift or hard-code the Timestamp to paper over clock drift; fix the clock.',
    related: ['IncompleteSignature', 'MissingParameter'],
  },
  'Rejected.LimitExceeded': {
    meaning:
      'Creating the resource would exceed a KMS quota for the account in this region, such as the number of keys or aliases.',
    causes: [
      'Code creates a key per user, tenant or object instead of using envelope encryption with GenerateDataKey under one key.',
      'Test and CI runs leave keys and aliases behind.',
      "Real growth has reached the account's quota.",
    ],
    fixes: [
      'Count what exists with ListKeys and ListAliases in the region.',
      'Remove aliases no longer used with DeleteAlias; retire keys with ScheduleKeyDeletion only once nothing encrypted under them is still needed.',
      'Share one key: GenerateDataKey gives each object its own data key under a single KMS key.',
      'If the need is real, have the account owner request a higher quota.',
    ],
    avoid:
      'Do not bulk-delete keys to free quota without checking what they protect: data under a deleted key is unrecoverable.',
    related: ['AliasAlreadyExists', 'Rejected.PendingDeletion'],
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
      'To move it deliberately use UpdateAlias; otherwise pick another name for CreateAlias.',
    ],
    avoid:
      'Do not UpdateAlias or DeleteAlias an alias another application depends on: its Encrypt and GenerateDataKey calls would silently switch to your key or start failing.',
    related: ['Forbidden.AliasNotFound', 'Unsupported.Alias', 'Rejected.LimitExceeded'],
  },
  InvalidKeyMaterial: {
    meaning:
      'ImportKeyMaterial could not accept the material: once unwrapped it is not valid for this key, or it is not the material the key was first given.',
    causes: [
      'The material was not wrapped with the PublicKey from GetParametersForImport, or was wrapped with another algorithm than the WrappingAlgorithm requested (RSAES_PKCS1_V1_5 vs RSAES_OAEP_SHA_256).',
      'Wrong length: Aliyun_AES_256 keys need 256-bit (32-byte) material, Aliyun_SM4 keys 128-bit.',
      'EncryptedKeyMaterial is not base64, is base64 twice, or wraps hex or base64 text instead of the raw bytes.',
      'Different material from what this key was first given: a key only ever accepts its original material again.',
    ],
    fixes: [
      'Call GetParametersForImport for this KeyId with the WrappingAlgorithm and WrappingKeySpec you will actually use, and wrap with its PublicKey.',
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
      'The token comes from a GetParametersForImport call for another key.',
      'The token and the EncryptedKeyMaterial come from different GetParametersForImport calls; each response has its own PublicKey and ImportToken pair.',
      'The token was truncated or altered on the way (line breaks, URL encoding).',
    ],
    fixes: [
      'Call GetParametersForImport for this exact KeyId and keep its PublicKey and ImportToken together.',
      'Wrap the material with that PublicKey and pass both values to ImportKeyMaterial unmodified.',
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
      'The operation does not work on a key with this material origin: Aliyun_KMS (material generated by KMS) or EXTERNAL (material imported).',
    causes: [
      'GetParametersForImport, ImportKeyMaterial or DeleteKeyMaterial called on a key whose Origin is Aliyun_KMS.',
      'An operation meant for KMS-generated material, such as automatic rotation (UpdateRotationPolicy) or CreateKeyVersion, called on an EXTERNAL key.',
    ],
    fixes: [
      "Check the key's Origin with DescribeKey.",
      'For bring-your-own-key, create a key with CreateKey and Origin=EXTERNAL and import into that; an existing key cannot change origin.',
      'To rotate imported material, create a new EXTERNAL key, import into it, move the alias with UpdateAlias, and keep the old key for decrypting old data.',
    ],
    avoid:
      'Do not delete the existing key to recreate it with another origin: data encrypted under it becomes undecryptable.',
    related: ['InvalidKeyMaterial', 'Rejected.PendingImport', 'Unsupported.Alias'],
  },
  'Unsupported.Alias': {
    meaning: 'This operation needs a key ID in KeyId; it does not accept an alias there.',
    causes: [
      'An alias passed to a management operation that takes only the key ID, such as EnableKey, DisableKey, ScheduleKeyDeletion or CancelKeyDeletion.',
      'Code written for operations that do accept aliases (Encrypt, GenerateDataKey, DescribeKey) reused for other operations.',
    ],
    fixes: [
      'Resolve the alias to its key ID with DescribeKey (KeyId=alias/<name>, read KeyMetadata.KeyId) or ListAliases, and pass the key ID.',
      'Keep using the alias where it is accepted, so the key can later be swapped with UpdateAlias.',
    ],
    related: ['Forbidden.AliasNotFound', 'AliasAlreadyExists', 'Unsupported.Origin'],
  },
  'Unsupported.ProtectionLevel': {
    meaning: 'CreateKey asked for a ProtectionLevel, usually HSM, that KMS does not offer in this region.',
    causes: [
      'ProtectionLevel=HSM (Managed HSM) requested in a region where Managed HSM is not available.',
      'A template or infrastructure code written for one region reused in another.',
    ],
    fixes: [
      'Check in the KMS documentation which regions offer Managed HSM, and create the key in one of them.',
      'Or create the key with ProtectionLevel=SOFTWARE where your security policy allows it.',
      "If the key moves to another region, point the application at that region's endpoint: keys are regional.",
    ],
    avoid:
      'Do not silently fall back to SOFTWARE when a compliance rule requires HSM-protected keys; get that decision made explicitly.',
    related: ['InvalidParameter', 'Unsupported.Origin'],
  },
  'Rejected.StateModifiedFailed': {
    meaning:
      "KMS could not change the key's state, typically because another change to the same key was in progress at the same moment.",
    causes: [
      'Two processes change the same key concurrently, for example EnableKey and DisableKey, or a cleanup job calling ScheduleKeyDeletion while a deployment enables the key.',
      'A client retry of a state change overlapping the first attempt that is still running.',
    ],
    fixes: [
      'Read the current state with DescribeKey (KeyState), then retry with exponential backoff only if the change is still needed.',
      "Serialize state changes per key: one pipeline or lock owns a key's lifecycle.",
      'Look in ActionTrail for the other change made to the key at that time.',
    ],
    avoid:
      'Do not blindly resend the old request: the concurrent change may have left the key in a state, such as PendingDeletion, where your change is now wrong.',
    related: ['Rejected.Disabled', 'Rejected.PendingDeletion', 'InternalFailure'],
  },
  'Rejected.Disabled': {
    meaning:
      'The key is Disabled, so it cannot encrypt or decrypt until it is enabled again. Its key material is intact.',
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
      'The key is scheduled for deletion and cannot be used. When the waiting period ends, the key and its material are deleted for good.',
    causes: [
      'ScheduleKeyDeletion was called, by a person or a cleanup script, on a key that is still in use.',
      'The wrong key was scheduled (similar name or alias, wrong environment).',
    ],
    fixes: [
      'Act before the deletion date: check KeyState and DeleteDate with DescribeKey.',
      'Call CancelKeyDeletion; the key returns to Enabled and retries succeed.',
      'Turn on deletion protection with SetDeletionProtection for keys that must not be deleted, and find who scheduled it in ActionTrail.',
    ],
    avoid:
      'Do not create a new key to replace it: data encrypted under this key cannot be decrypted with a new one. Use CancelKeyDeletion while the key is still pending.',
    related: ['Rejected.Disabled', 'Forbidden.KeyNotFound', 'Rejected.StateModifiedFailed'],
  },
  'Rejected.PendingImport': {
    meaning:
      'The key has no usable material: it was created with Origin=EXTERNAL and nothing has been imported yet, or the imported material expired or was deleted.',
    causes: [
      'The key was created with CreateKey Origin=EXTERNAL but ImportKeyMaterial never completed.',
      'The imported material reached the expiry set at import time (KeyMaterialExpireUnix).',
      'Someone ran DeleteKeyMaterial.',
    ],
    fixes: [
      'Check with DescribeKey: Origin=EXTERNAL, KeyState=PendingImport, and MaterialExpireTime if an expiry was set.',
      'Import: GetParametersForImport, wrap the material with its PublicKey, then ImportKeyMaterial; a key that had material before takes only that same material.',
      'Choose the expiry deliberately when importing (KeyMaterialExpireUnix, 0 for none) and monitor MaterialExpireTime.',
    ],
    avoid:
      'Do not import fresh material into a key that had material before: KMS refuses it, and existing ciphertext needs the original material.',
    related: ['InvalidKeyMaterial', 'ExpiredImportToken', 'Unsupported.Origin'],
  },
};
