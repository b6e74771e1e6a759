// Where a reader goes next, outside this app: Alibaba's troubleshooting page for a code, and whether a
// link a pasted error carries (its Recommend URL) may be shown as a link.

/** Alibaba Cloud's troubleshooting page for a KMS error code (what a KMS error's Recommend field links to). */
export function troubleshootUrl(code: string): string {
  return `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}&product=Kms`;
}

const ALIBABA_HOSTS = /(?:^|\.)(?:aliyun\.com|alibabacloud\.com)$/;

/** The URL when it is an https link to Alibaba Cloud's own sites; undefined for anything else. */
export function alibabaLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && ALIBABA_HOSTS.test(parsed.hostname) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
