// 中文页面的应用：先是它的用语，再是应用本身。
import { chineseLabels } from '../catalog/zh/labels.ts';
import { chineseUiText } from '../ui/text/zh.ts';
import { mount } from './main.tsx';

mount({ lang: 'zh-CN', ui: chineseUiText, catalog: chineseLabels });
