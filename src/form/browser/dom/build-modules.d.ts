// Modules that exist only in the page's bundle (scripts/build.mjs).
declare module 'validator:answers' {
  import type { CompiledValidator } from '../../../content/schema-validators.js';
  export const answers: CompiledValidator;
}
declare module 'form-messages' {
  import type { FormMessages } from '../messages.js';
  export const form: FormMessages['form'];
  export const plan: FormMessages['plan'];
  export const reflect: FormMessages['reflect'];
}
