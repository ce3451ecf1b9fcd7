import type { Messages } from '../messages.js';

export const cli: Messages['cli'] = {
  description:
    'Reflection questions for a practice and policy against loneliness (Resokit, Odisee University of Applied Sciences) in your terminal.',
  usage: '[options] [command]',
  helpTitles: {
    'Usage:': 'Usage:',
    'Options:': 'Options:',
    'Commands:': 'Commands:',
    'Arguments:': 'Arguments:',
    'Global Options:': 'Global options:',
  },
  options: {
    help: 'show this help',
    version: 'show the version number',
    lang: 'language of the questions and the output: nl or en (or RESOKIT_LANG; default nl)',
    questions: 'folder or file with your own themes, on top of the built-in set',
    noColor: 'no colours (also with NO_COLOR)',
    debug: 'show technical details on an error',
  },
  helpCommand: 'show help for a command',
  examplesTitle: 'Examples:',
  programExamples: [
    'resokit reflect                        reflect on one or a few themes',
    'resokit reflect --theme safe-space     go straight to one theme',
    'resokit themes                         all themes per group',
    'resokit show toegankelijkheidsbeleid   read one theme in full',
    'resokit report answers/*.yaml          team report from everyone’s answers',
    'resokit validate my-themes/            check your own themes',
  ],
  commands: {
    themes: {
      description: 'list all themes per group: id, title and number of questions',
      group: 'only the themes of this group (beleid or werking)',
      json: 'output as JSON for scripts (shape: see README)',
      examples: [
        'resokit themes',
        'resokit themes --group werking',
        'resokit themes --json',
        'resokit themes --questions my-themes/',
      ],
    },
    show: {
      description: 'show one theme in full: questions, examples, notes and links',
      theme: 'id of the theme (see resokit themes)',
      markdown: 'print as Markdown (to print or share)',
      examples: ['resokit show safe-space --lang en', 'resokit show gradueel-aanbod --markdown > gradueel-aanbod.md'],
    },
    validate: {
      description: 'check a question file or folder; every problem as file:line:col',
      path: 'file or folder (default: the built-in question set)',
      examples: ['resokit validate', 'resokit validate my-themes/', 'resokit validate my-themes/theme.yaml'],
    },
  },
  unsupportedLanguage: (language, supported) => `Language '${language}' is not supported. Choose from: ${supported}.`,
  errorPrefix: 'error:',
  warningPrefix: 'warning:',
  seeHelp: (command) => `See '${command} --help'.`,
  unknownOption: (option) => `Unknown option '${option}'.`,
  unknownCommand: (command) => `Unknown command '${command}'.`,
  missingArgument: (argument) => `Missing argument '${argument}'.`,
  optionMissingArgument: (option) => `Option '${option}' needs a value.`,
  excessArguments: (expected) => `Too many arguments (expected: ${expected}).`,
  invalidArgument: (detail) => `Invalid value: ${detail}`,
  didYouMean: (suggestion) => `Did you mean '${suggestion}'?`,
  bug: 'This is a bug in resokit itself, not in what you did. Please report it with the text below:',
  debugHint: 'Run again with --debug for technical details.',
};
