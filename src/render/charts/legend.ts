import type { Rating } from '../../answers/model.js';
import type { Messages } from '../../i18n/messages.js';
import { distributionLevels } from '../history/labels.js';
import { html, type Html } from '../report/html/escape.js';
import { ratingText } from '../report/labels.js';

/** The key to the rating colours: swatches beside the scale's words. */
export function ratingLegend(m: Messages): Html {
  return html`<ul class="legend">
${distributionLevels.map((level: Rating) => html`<li><span class="swatch swatch-${level}" aria-hidden="true"></span>${ratingText(level, m)}</li>\n`)}</ul>`;
}

