// Documented messages mark the variable part as `< parameter name >`; servers put the real name there.
const PLACEHOLDER = /<\s*parameter name\s*>/g;

export interface CompiledTemplate {
  readonly text: string;
  readonly pattern: RegExp;
  /** The same pattern unanchored, to find the message inside a longer text. */
  readonly anywhere: RegExp;
}

/** True when a documented message has a placeholder a server fills in. */
export function isTemplate(text: string): boolean {
  return text.match(PLACEHOLDER) !== null;
}

/** The fixed parts of a documented message, around its placeholders. */
export function templateParts(text: string): string[] {
  return text.trim().split(PLACEHOLDER);
}

/** A documented message with its placeholders filled in, as a server sends it. */
export function fillTemplate(text: string, name: string): string {
  return text.replace(PLACEHOLDER, name);
}

/** A case-insensitive, anchored pattern for a documented message; the placeholder captures the name. */
export function compileTemplate(text: string): CompiledTemplate {
  const parts = templateParts(text).map(escapeRegExp);
  // A bounded, quote-free capture cannot backtrack across the rest of the message.
  const body = parts.map(loosenSpace).join('([^"<>\\n]{1,128})').replace(/\\\.$/, '\\.?');
  return { text, pattern: new RegExp(`^${body}$`, 'i'), anywhere: new RegExp(body, 'i') };
}

/** The parameter name a real message puts into the template, or undefined if it does not fit. */
export function matchTemplate(template: CompiledTemplate, message: string): { param?: string } | undefined {
  const found = template.pattern.exec(message.trim());
  if (!found) return undefined;
  const param = found[1]?.trim();
  return param ? { param } : {};
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Copies of messages gain or lose spaces (the documents themselves do: `supplied. </Message>`).
function loosenSpace(escaped: string): string {
  return escaped.replace(/\s+/g, '\\s*');
}

/** The same template found anywhere in a longer text (a log line), not only as the whole of it. */
export function findTemplate(
  template: CompiledTemplate,
  text: string,
): { text: string; param?: string } | undefined {
  const found = template.anywhere.exec(text);
  if (!found) return undefined;
  const param = found[1]?.trim();
  return param ? { text: found[0], param } : { text: found[0] };
}
