// Which KMS operation an error came from, read from the text around it: the request, the SDK call, the
// CLI command or the log line. Only real operation names count, so a word that merely looks like one
// never becomes an operation.
import { originOf } from '../catalog/origin.ts';
import { errorsOf, findOperation, operationsReturning, type OperationName } from '../catalog/operations.ts';
import { stateAdvice } from '../catalog/stateAdvice.ts';
import type { Finding } from './types.ts';

// Strongest evidence first; each captures a name, in PascalCase, camelCase or snake_case.
const EVIDENCE: readonly RegExp[] = [
  // Action=Decrypt in a URL or form, "Action": "Decrypt" in a dump, Action%3DDecrypt in a string to sign.
  /\bAction(?:=|%3D|["']?\s{0,4}[:=]\s{0,4}["']?)([A-Za-z]{3,48})\b/g,
  /\bx-acs-action["']?\s{0,4}[:=]\s{0,4}["']?([A-Za-z]{3,48})\b/gi,
  // SDK request and response classes: DecryptRequest, GenerateDataKeyResponse.
  /\b([A-Z][A-Za-z]{2,48})(?:Request|Response)\b/g,
  // The aliyun CLI: aliyun kms Decrypt --CiphertextBlob …
  /\baliyun\s{1,4}kms\s{1,4}([A-Za-z]{3,48})\b/g,
  // Terraform: "[ERROR] … Resource alicloud_kms_key CreateKey Failed!!!"
  /\b([A-Z][A-Za-z]{2,48})\s{1,4}Failed!!!/g,
  // SDK calls: client.decryptWithOptions(…), client.generate_data_key_with_options(…), client.decrypt(…).
  /\b([A-Za-z][A-Za-z]{2,48})(?:WithOptions|Async|WithCallback)\s{0,4}\(/g,
  /\b([a-z][a-z_]{2,60}?)(?:_with_options|_async)?\s{0,4}\(/g,
  /\.([a-z][A-Za-z]{2,48})\s{0,4}\(/g,
  // A log message naming it: "Decrypt failed", "GenerateDataKey error".
  /\b([A-Z][a-z]+(?:[A-Z][a-z]*){0,6})\b/g,
];
// How far before an error its operation may be named: a request dump or the SDK call before the body.
const LOOK_BEHIND = 4000;

/** The operation a region of text names, strongest evidence first and, within it, the nearest to the end. */
export function operationIn(text: string): OperationName | undefined {
  for (const pattern of EVIDENCE) {
    let found: OperationName | undefined;
    for (const match of text.matchAll(pattern)) {
      const operation = findOperation(pascal(match[1]!));
      if (operation) found = operation.name;
    }
    if (found) return found;
  }
  return undefined;
}

/** The window of text an error at [start, end) may name its operation in, not reaching into the error before it. */
export function operationWindow(text: string, start: number, end: number, previousEnd: number): string {
  return text.slice(Math.max(previousEnd, start - LOOK_BEHIND, 0), end);
}

function pascal(name: string): string {
  return name
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/**
 * The finding with its operation: whether that operation documents the code (codes of the common-errors
 * page and of the gateway apply to every operation), and the state-specific next step where there is one.
 */
export function withOperation(finding: Finding, operation: OperationName | undefined): Finding {
  if (!operation) return finding;
  const entry = finding.entry;
  if (!entry) return { ...finding, operation };
  const warnings = [...finding.warnings];
  const everywhere = originOf(entry) !== 'operations';
  if (!everywhere && !errorsOf(operation).some((error) => error.code === entry.code)) {
    const others = new Set(operationsReturning(entry.code).map((error) => error.operation)).size;
    warnings.push(
      `${operation}'s reference does not list ${entry.code} (${others} other operation${others === 1 ? '' : 's'} do): check that the error came from ${operation}.`,
    );
  }
  const nextStep = stateAdvice(entry.code, operation);
  return { ...finding, operation, warnings, ...(nextStep ? { nextStep } : {}) };
}
