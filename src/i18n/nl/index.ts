import { browse } from './browse.js';
import { cli } from './cli.js';
import { content } from './content.js';
import { files } from './files.js';
import { form } from './form.js';
import { history } from './history.js';
import { reflect } from './reflect.js';
import { plan } from './plan.js';
import { report } from './report.js';

/** The Dutch catalogue: the original language of the tool and the reference for every other. */
export const nl = { cli, browse, content, files, reflect, plan, report, form, history };
