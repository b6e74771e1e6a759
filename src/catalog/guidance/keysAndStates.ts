import type { keysAndStatesFacts } from '../facts/keysAndStates.ts';
import type { CodeOf, Guidance } from '../types.ts';

/** What each code of ../facts/keysAndStates.ts means, and what to do. */
export const keysAndStatesGuidance: Readonly<Record<CodeOf<typeof keysAndStatesFacts>, Guidance>> = {
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
      'If the need is real, raise the limit: for a KMS instance, change its specification (KMS has no modify operation; the billing API ModifyInstance does it). For the default key and alias quotas, the 2019 limits page says an increase can be requested through a ticket; later documentation describes no procedure.',
    ],
    avoid:
      'Do not bulk-delete keys to free quota without checking what they protect: data under a deleted key is unrecoverable.',
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
  },
};
