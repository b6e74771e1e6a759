// What each KMS API operation does, in our words, keyed by its name as the API spells it. The names and
// their groups come from the OpenAPI metadata (sources/operationErrors.json); the tests check both agree.
export const operationSummaries = {
  DescribeRegions: 'Lists the regions in which the calling account can use KMS.',
  DescribeAccountKmsStatus: 'Tells whether KMS has been activated for the calling Alibaba Cloud account.',
  OpenKmsService:
    'Activates KMS for the calling account (once per account; the account must be real-name verified).',
  ListKmsInstances: 'Lists the KMS instances of the account in the current region, page by page.',
  ConnectKmsInstance:
    'Enables a purchased software KMS instance by placing it in a VPC, zones and vSwitches.',
  GetKmsInstance:
    "Returns one KMS instance's spec, status, key/secret counts, VPC bindings and validity dates.",
  UpdateKmsInstanceBindVpc:
    'Sets which extra VPCs (same region, possibly other accounts) may reach a KMS instance.',
  CreateKey: 'Creates a key: a default key, or a key inside a KMS instance when DKMSInstanceId is given.',
  ListKeys: "Lists the IDs and ARNs of the caller's keys in the current region, with paging and filters.",
  DescribeKey:
    "Returns a key's metadata: state, spec, usage, origin, protection level, rotation, deletion protection.",
  UpdateKeyDescription: "Replaces a key's description text (use it to set, change or clear the description).",
  EnableKey: 'Returns a Disabled key to the Enabled state so it can be used for cryptographic calls again.',
  DisableKey: 'Disables a key: until re-enabled it cannot encrypt, and data it protects cannot be decrypted.',
  GetPublicKey:
    'Returns the PEM public key of one version of an asymmetric key, for local encryption or verification.',
  CreateAlias: 'Creates an alias (alias/...) that points to a key; an alias name is unique within a region.',
  ListAliases: "Lists all of the caller's aliases in the current region and the key each one points to.",
  ListAliasesByKeyId: 'Lists the aliases that point to one given key.',
  DeleteAlias: 'Deletes an alias; the key it pointed to is left unchanged.',
  UpdateAlias: 'Re-points an existing alias to a different key.',
  GetParametersForImport:
    'Returns a wrapping public key and an import token for bringing own key material into an EXTERNAL key.',
  ImportKeyMaterial:
    'Imports wrapped key material into an EXTERNAL key with an import token; an expiry time can be set.',
  DeleteKeyMaterial:
    'Deletes imported key material; the key remains and becomes PendingImport (a PendingDeletion key stays so).',
  ScheduleKeyDeletion:
    'Schedules a key for deletion after a 7-366 day waiting period; it is PendingDeletion meanwhile.',
  CancelKeyDeletion: 'Cancels the scheduled deletion of a PendingDeletion key and returns it to Enabled.',
  SetDeletionProtection: 'Turns deletion protection on or off for a key, which is identified by its ARN.',
  UpdateRotationPolicy: 'Turns automatic rotation of a key on or off and sets the rotation interval.',
  DescribeKeyVersion: 'Returns the metadata (such as creation time) of one version of a key.',
  CreateKeyVersion:
    'Adds a new version to a key (manual rotation); which keys allow it changed between documentation editions.',
  ListKeyVersions: 'Lists all versions of a key, page by page.',
  GenerateDataKey:
    'Generates a random data key and returns it both in plaintext and encrypted under the given key.',
  GenerateAndExportDataKey:
    'Generates a data key and returns it twice encrypted: under the KMS key and under a public key you supply.',
  Encrypt: 'Encrypts up to 6 KB of plaintext with the primary version of a symmetric key.',
  Decrypt:
    'Decrypts a ciphertext made by Encrypt, GenerateDataKey(WithoutPlaintext) or ReEncrypt; the key is read from it.',
  ReEncrypt:
    'Decrypts a ciphertext inside KMS and encrypts the result again under another key, version or context.',
  ExportDataKey:
    'Re-wraps a KMS-encrypted data key under a public key you supply, to hand it to another crypto module.',
  GenerateDataKeyWithoutPlaintext:
    'Generates a random data key and returns only its ciphertext under the given key.',
  AsymmetricSign: 'Signs a digest with the private key of one version of an asymmetric SIGN/VERIFY key.',
  AsymmetricVerify: 'Checks a signature over a digest with one version of an asymmetric SIGN/VERIFY key.',
  AsymmetricEncrypt:
    'Encrypts a small plaintext with the public key of one version of an asymmetric ENCRYPT/DECRYPT key.',
  AsymmetricDecrypt:
    'Decrypts data with the private key of one version of an asymmetric ENCRYPT/DECRYPT key.',
  CreateSecret:
    'Creates a secret (generic, RDS, RAM or ECS) and stores its first version, encrypted with a symmetric key.',
  DeleteSecret: 'Deletes a secret, either after a 7-30 day recovery window or at once and for good.',
  UpdateSecret: "Updates a secret's metadata, such as its description; the secret value is untouched.",
  UpdateSecretVersionStage:
    'Adds, removes or moves a stage label (such as ACSCurrent) among versions of a generic secret.',
  UpdateSecretRotationPolicy:
    'Turns automatic rotation on or off, and sets its interval, for a dynamic (non-generic) secret.',
  ListSecrets: "Lists the caller's secrets in the current region (metadata only, never values).",
  DescribeSecret:
    "Returns one secret's metadata (type, rotation settings, encryption key, tags) without its value.",
  GetSecretValue: 'Reads a secret value; with no version or stage given, the ACSCurrent version is returned.',
  ListSecretVersionIds: "Lists a secret's versions with their stage labels (values are not included).",
  GetRandomPassword: 'Generates a random password string with a chosen length and character classes.',
  PutSecretValue: "Stores a new version of a generic secret's value; by default it is labelled ACSCurrent.",
  RestoreSecret:
    'Brings back a secret that is scheduled for deletion, while its recovery window is still open.',
  RotateSecret:
    'Rotates a dynamic (RDS, RAM or ECS) secret now; generic secrets are rotated with PutSecretValue.',
  CreateCertificate: 'Creates a key pair in Certificates Manager and returns a CSR to submit to a CA.',
  DeleteCertificate:
    'Deletes a certificate together with its private key and certificate chain, irreversibly.',
  UpdateCertificateStatus:
    "Sets a certificate's status to ACTIVE, INACTIVE or REVOKED (a revoked one can only verify).",
  DescribeCertificate:
    "Returns a certificate's details: issuer, subject, validity, serial number, algorithms, status.",
  GetCertificate: 'Returns the certificate, its chain and its CSR as held in Certificates Manager.',
  UploadCertificate:
    'Imports the CA-issued certificate (and chain) into a certificate made with CreateCertificate.',
  CertificatePrivateKeySign: 'Signs a raw message or digest with the private key of a managed certificate.',
  CertificatePublicKeyEncrypt: 'Encrypts data with the public key of a managed certificate.',
  CertificatePrivateKeyDecrypt: 'Decrypts data with the private key of a managed certificate.',
  CertificatePublicKeyVerify: 'Verifies a signature with the public key of a managed certificate.',
  UntagResources: 'Removes tags from one or more keys or secrets in a single call.',
  ListTagResources: 'Lists the tags bound to keys or secrets, page by page with NextToken.',
  TagResources: 'Adds tags to one or more keys or secrets in a single call.',
  ListResourceTags: 'Lists the tags of one key (single-key form; ListTagResources covers keys and secrets).',
  TagResource: 'Adds or updates tags on one key, secret or certificate.',
  UntagResource: 'Removes tags, named by tag key, from one key, secret or certificate.',
  CreateNetworkRule:
    'Creates a network rule naming the private IPs or CIDR blocks allowed to reach a KMS instance.',
  ListNetworkRules: 'Lists network rules, page by page.',
  DescribeNetworkRule: 'Returns the details of one network rule.',
  UpdateNetworkRule: "Changes a network rule's private IPs or description (its name and type are fixed).",
  DeleteNetworkRule: 'Deletes a network rule; no permission policy should still reference it.',
  CreatePolicy:
    'Creates a permission policy: which keys and secrets of a KMS instance an app may use, and from where.',
  ListPolicies: 'Lists permission policies, page by page.',
  DescribePolicy: 'Returns the details of one permission policy.',
  UpdatePolicy:
    "Changes a policy's permissions, resources, network rules or description (not its name or scope).",
  DeletePolicy: 'Deletes a permission policy; no application access point should still use it.',
  CreateApplicationAccessPoint:
    'Creates an application access point (AAP) that binds up to 3 permission policies, authenticated by client key.',
  ListApplicationAccessPoints: 'Lists application access points, page by page.',
  DescribeApplicationAccessPoint: 'Returns the details of one application access point.',
  UpdateApplicationAccessPoint: "Changes an AAP's description or bound policies; the change applies at once.",
  DeleteApplicationAccessPoint: 'Deletes an application access point; apps still using it lose access.',
  CreateClientKey:
    'Creates a client key for an AAP, with a password and validity period, for apps to reach a KMS instance.',
  ListClientKeys: 'Lists client keys, optionally only those of one AAP.',
  GetClientKey: "Returns one client key's metadata: its AAP, algorithm, public key data and validity period.",
  DeleteClientKey: 'Deletes a client key; apps still using it can no longer reach KMS.',
  GetKeyPolicy: 'Returns the key policy of a key (the only policy name is default).',
  GetSecretPolicy: 'Returns the secret policy of a secret (the only policy name is default).',
  SetKeyPolicy: 'Sets the JSON key policy (named default) of a key in a KMS instance.',
  SetSecretPolicy: 'Sets the JSON secret policy (named default) of a secret in a KMS instance.',
} as const satisfies Readonly<Record<string, string>>;

/** The name of a KMS API operation, as the API spells it. */
export type OperationName = keyof typeof operationSummaries;
