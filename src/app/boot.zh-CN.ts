// 中文页面的入口：先是样式，预渲染的页面绘制出来之后再加载应用。
import { startAfterFirstPaint } from './firstView.ts';

startAfterFirstPaint(() => void import('./start.zh-CN.ts'));
