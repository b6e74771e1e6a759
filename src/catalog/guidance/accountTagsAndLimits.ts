import type { accountTagsAndLimitsFacts } from '../facts/accountTagsAndLimits.ts';
import type { CodeOf, Guidance } from '../types.ts';

/** What each code of ../facts/accountTagsAndLimits.ts means, and what to do. */
export const accountTagsAndLimitsGuidance: Readonly<
  Record<CodeOf<typeof accountTagsAndLimitsFacts>, Guidance>
> = {
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
  },
};
