// The English page's entry: its stylesheets, then its app once the prerendered view has painted.
import { startAfterFirstPaint } from './firstView.ts';

// Calling it again is harmless: the module is loaded and evaluated once.
startAfterFirstPaint(() => void import('./start.en.ts'));
