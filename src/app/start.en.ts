// The English page's app: its words, then the app.
import { englishLabels } from '../catalog/text/enLabels.ts';
import { englishUiText } from '../ui/text/en.ts';
import { mount } from './main.tsx';

mount({ lang: 'en', ui: englishUiText, catalog: englishLabels });
