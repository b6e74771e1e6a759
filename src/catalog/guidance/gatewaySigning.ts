import type { gatewaySigningFacts } from '../facts/gatewaySigning.ts';
import type { CodeOf, Guidance } from '../types.ts';

/** What each code of ../facts/gatewaySigning.ts means, and what to do. */
export const gatewaySigningGuidance: Readonly<Record<CodeOf<typeof gatewaySigningFacts>, Guidance>> = {
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
  },
};
