import type { Messages } from '../messages.js';
import { browse } from './browse.js';
import { cli } from './cli.js';
import { content } from './content.js';
import { files } from './files.js';
import { form } from './form.js';
import { history } from './history.js';
import { plan } from './plan.js';
import { reflect } from './reflect.js';
import { report } from './report.js';

/**
 * The French catalogue: every key of the Dutch one (the type makes a missing key a build error).
 * French typography is written into the texts themselves: a narrow no-break space (U+202F) before
 * : ; ? !, no-break spaces (U+00A0) inside « guillemets », a decimal comma (tests/i18n/french.test.ts).
 */
export const fr: Messages = { cli, browse, content, files, plan, reflect, report, form, history };
