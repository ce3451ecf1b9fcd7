import type { Messages } from '../../i18n/messages.js';

/** The parts of a catalogue the page's script speaks: bundled into the page, so no more than these. */
export type FormMessages = Pick<Messages, 'form' | 'reflect' | 'plan'>;
