import type { resourcesAndInstancesFacts } from '../facts/resourcesAndInstances.ts';
import type { CodeOf, Guidance } from '../types.ts';

/** What each code of ../facts/resourcesAndInstances.ts means, and what to do. */
export const resourcesAndInstancesGuidance: Readonly<
  Record<CodeOf<typeof resourcesAndInstancesFacts>, Guidance>
> = {
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
  },
};
