import type { Language } from '../catalog/language.ts';

/**
 * The footer's words. The footer is static (SiteFooter.tsx): the build writes it into each page outside the
 * app's root, so its words never travel in the app's scripts.
 */
export interface FooterText {
  readonly sources: string;
  readonly privacyHeading: string;
  readonly privacy: string;
  readonly report: string;
  readonly source: string;
}

export const FOOTER_TEXT: Readonly<Record<Language, FooterText>> = {
  en: {
    sources:
      "Made from Alibaba Cloud's KMS documentation and API metadata, and the API gateway's own wordings; each entry names its sources. An independent project, not an Alibaba Cloud product.",
    privacyHeading: 'What you paste stays in this browser tab.',
    privacy:
      'Decoding happens on your device; the page is not allowed to send anything anywhere, and it stores nothing.',
    report: 'Report a missing or wrong code',
    source: 'Source code',
  },
  'zh-CN': {
    sources:
      '依据阿里云 KMS 文档、OpenAPI 元数据和 API 网关的实际返回整理，每个条目都注明出处。这是独立项目，不是阿里云的产品。',
    privacyHeading: '粘贴的内容只留在这个浏览器标签页里。',
    privacy: '解析在你的设备上完成；页面被禁止向任何地方发送数据，也不保存任何内容。',
    report: '报告缺失或有误的错误码',
    source: '源代码',
  },
};
