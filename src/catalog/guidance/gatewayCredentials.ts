import type { gatewayCredentialsFacts } from '../facts/gatewayCredentials.ts';
import type { CodeOf, Guidance } from '../types.ts';

/** What each code of ../facts/gatewayCredentials.ts means, and what to do. */
export const gatewayCredentialsGuidance: Readonly<Record<CodeOf<typeof gatewayCredentialsFacts>, Guidance>> =
  {
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
    },
  };
