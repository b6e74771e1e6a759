// The page entry. The prerendered default view paints on its own (the build inlines this stylesheet), so
// its app code is requested only after that first paint: no script download sits before it. Any other
// URL needs the app to show what it asks for, so it starts at once.
import './ui/styles.css';
import { showsPrerenderedView } from './ui/prerendered.ts';

const start = () => void import('./main.tsx');
if (showsPrerenderedView()) requestAnimationFrame(() => setTimeout(start));
else start();
