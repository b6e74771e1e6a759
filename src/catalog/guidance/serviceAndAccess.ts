import type { serviceAndAccessFacts } from '../facts/serviceAndAccess.ts';
import type { CodeOf, Guidance } from '../types.ts';

/** What each code of ../facts/serviceAndAccess.ts means, and what to do. */
export const serviceAndAccessGuidance: Readonly<Record<CodeOf<typeof serviceAndAccessFacts>, Guidance>> = {
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
  },
};
