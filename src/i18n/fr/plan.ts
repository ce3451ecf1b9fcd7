import type { Messages } from '../messages.js';
import { plural } from '../plural.js';

export const plan: Messages['plan'] = {
  title: 'Plan d’action pour un travail attentif à la solitude',
  label: (text) => `${text} :`,
  organisation: 'Organisation',
  date: 'Date',
  participant: 'Rempli par',
  themes: 'Thèmes',
  questionSet: 'Questionnaire',
  questionSetVersion: (title, version) => `${title} (version ${version})`,
  inProgressLabel: 'Attention',
  inProgress: (open) =>
    `cette réflexion n’est pas encore terminée. Ce plan d’action montre ce qui a été rempli jusqu’ici` +
    (open === 0 ? '.' : ` (${plural('fr', open, { one: 'encore # question ouverte', other: 'encore # questions ouvertes' })}).`),
  none: '–',

  locale: 'fr-BE',

  rating: {
    'not-started': 'pas encore commencé',
    'first-steps': 'premiers pas faits',
    'on-track': 'en bonne voie',
    embedded: 'solide, cela fait partie de notre fonctionnement',
    unknown: 'je ne sais pas',
  },
  importance: { low: 'faible', medium: 'moyenne', high: 'élevée', unknown: 'je ne sais pas' },
  priority: { high: 'haute', medium: 'moyenne', low: 'basse' },
  status: { open: 'à faire', done: 'faite', dropped: 'abandonnée' },
  previousStatus: { open: 'toujours d’actualité', done: 'faite', dropped: 'abandonnée', unreviewed: 'à examiner' },

  overview: 'Vue d’ensemble',
  noThemes: 'Aucun thème n’a encore été choisi.',
  col: {
    theme: 'Thème',
    rating: 'État des lieux',
    importance: 'Importance',
    actions: 'Actions',
    what: 'Quoi',
    who: 'Qui',
    due: 'Pour quand',
    priority: 'Priorité',
    status: 'Statut',
  },

  focus: 'Commencer petit',
  focusIntro: 'Nous commençons par :',
  noFocus: 'Aucune action n’a encore été choisie pour commencer. Choisissez ensemble une à trois actions par lesquelles commencer.',

  actions: 'Actions',
  noActions: 'Il n’y a pas encore d’actions.',
  noNewActions: 'Pas de nouvelles actions cette fois ; les actions de la fois précédente figurent ci-dessous.',
  previousActions: 'Actions de la réflexion précédente',
  previousIntro: (date) => `De la réflexion du ${date}, avec ce qu’elles sont devenues.`,
  checklist: 'À cocher',
  checklistNote: 'Les actions abandonnées ne figurent pas dans cette liste.',
  by: (date) => `pour le ${date}`,
  toBeDecided: 'à déterminer',
  whoToBeDecided: 'qui : à déterminer',
  fromPrevious: 'de la réflexion précédente',

  ratingLine: 'État des lieux',
  importanceLine: 'Importance',
  actionsLine: 'Actions',
  question: (n) => `Question ${n}.`,
  skipped: '(passée)',
  unanswered: '(pas encore de réponse)',
  discuss: '→ à discuter en réunion d’équipe',

  agenda: 'Ordre du jour de la réunion d’équipe',
  agendaEmpty: 'Aucun point ouvert : toutes les questions ont une réponse et rien n’a été coché pour en discuter.',
  agendaDiscuss: 'À discuter',
  agendaUnknownRating: 'Je ne sais pas',
  agendaUnknownRatingText: (theme) => `${theme} : où en est notre organisation ?`,
  agendaSkipped: 'Passée',
  agendaUnanswered: 'Pas encore de réponse',
  agendaPrevious: 'Suivre une action précédente',
  agendaQuestion: (theme, n, question) => `${theme}, question ${n} : ${question}`,
  continuation: (previous, question) => `(suite de : ${previous}) ${question}`,

  resources: 'Pour aller plus loin',
  sourcesIntro: 'Pour cet outil, nous nous sommes inspirés de :',

  citation: 'Référence',
  citationIntro: 'Vous voulez faire référence à cet outil ? Utilisez alors la référence suivante :',
  citationFallback:
    'Verhaegen, I., Claeys, J. Deleu, H., Meys, F., Vos, E., Taamouti, M. (2021). Resokit: methodiek en tools voor sociale professionals om netwerken te versterken en te connecteren met de buurt. Brussel: Odisee Hogeschool (www.resokit.be).',
  madeWith: 'Fait avec resokit',
};
