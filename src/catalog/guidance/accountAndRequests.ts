import type { accountAndRequestsFacts } from '../facts/accountAndRequests.ts';
import type { CodeOf, Guidance } from '../types.ts';

/** What each code of ../facts/accountAndRequests.ts means, and what to do. */
export const accountAndRequestsGuidance: Readonly<Record<CodeOf<typeof accountAndRequestsFacts>, Guidance>> =
  {
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
    },
    'Forbidden.KmsServiceNotEnabled': {
      meaning:
        'KMS has not been activated for this Alibaba Cloud account, and no KMS call works until it is.',
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
    },
  };
