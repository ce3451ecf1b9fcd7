import type { Messages } from '../messages.js';
import { browse } from './browse.js';
import { cli } from './cli.js';
import { reflect } from './reflect.js';
import { content } from './content.js';
import { files } from './files.js';
import { form } from './form.js';
import { history } from './history.js';
import { plan } from './plan.js';
import { report } from './report.js';

/** The English catalogue: every key of the Dutch one (the type makes a missing key a build error). */
export const en: Messages = { cli, browse, content, files, plan, reflect, report, form, history };
