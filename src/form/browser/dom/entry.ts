import { answers } from 'validator:answers';
import { form, plan, reflect } from 'form-messages';
import { startForm } from './main.js';

// The page's script. scripts/build.mjs bundles it once per language ('form-messages' is that
// language's catalogue) with the precompiled answers schema ('validator:answers').
startForm({ form, plan, reflect }, { validate: answers });
