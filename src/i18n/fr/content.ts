import type { Messages } from '../messages.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, other: string) => plural('fr', n, { one: `# ${one}`, other: `# ${other}` });

export const content: Messages['content'] = {
  cannotRead: (path, reason) => `impossible de lire « ${path} » : ${reason}`,
  noMatchingFiles: (pattern) => `${pattern} : aucun fichier ne correspond à ce motif`,
  noYamlFiles: (folder) => `aucun fichier .yaml ou .yml trouvé dans « ${folder} »`,
  onlyFolders: (folder, folders) =>
    `aucun fichier .yaml ou .yml dans « ${folder} », seulement des dossiers (${folders.join(', ')})\u202f; les dossiers qu’il contient ne sont pas lus\u202f: donnez le dossier qui contient les fichiers, ou, pour plusieurs tours, chacun comme un tour à resokit history`,
  builtinMissing: (language) =>
    `la série de questions intégrée pour la langue « ${language} » n’existe pas (encore) ; choisissez une autre langue avec --lang`,
  problemsFound: (n) => `${count(n, 'problème trouvé', 'problèmes trouvés')}`,
  validateOk: (themes, questions, files) =>
    `ok : ${count(themes, 'thème', 'thèmes')} et ${count(questions, 'question', 'questions')} ` +
    `dans ${count(files, 'fichier vérifié', 'fichiers vérifiés')}, aucun problème`,
  validateAnswersOk: (files) =>
    `ok : ${files <= 1 ? `${files} fichier de réponses vérifié` : `${files} fichiers de réponses vérifiés`}, aucun problème`,
  validateFailed: (problems, files) => `${count(problems, 'problème', 'problèmes')} dans ${count(files, 'fichier', 'fichiers')}`,

  themesNotAnswers: (file) => `${file} est un fichier de thèmes (vos propres questions, pour --questions), pas un fichier de réponses.`,
  answersNotThemes: (file) =>
    `${file} est un fichier de réponses, pas un fichier de thèmes\u202f: --questions ne lit que vos propres thèmes\u202f; les réponses se lisent avec resokit report.`,
  formPage: (file) =>
    `${file} est le questionnaire de resokit form (une page HTML), pas un fichier de réponses\u202f: ouvrez-le dans un navigateur\u202f; le fichier de réponses est celui que vous téléchargez au bas de cette page (reponses-…yaml).`,
  tooLarge: (limit) => `le fichier dépasse ${limit} ; un fichier de questions fait au plus quelques centaines de kilo-octets`,
  notUtf8: 'le fichier n’est pas un texte UTF-8 valable ; enregistrez-le à nouveau en UTF-8',
  emptyFile: (expected) => `le fichier est vide ; attendu : ${expected}`,
  rootNotMapping: (expected, found) => `attendu : ${expected}, mais le fichier contient ${found}`,
  expectedRoot: {
    themeFile: "des thèmes sous 'themes:'",
    setFile: "la description de la série de questions ('id:', 'title:', 'groups:', ...)",
  },
  aliasBomb: 'trop de références (*alias) à des ancres (&ancre) ; le fichier est refusé',
  unresolvedAlias: (name) => `la référence '*${name}' renvoie à une ancre '&${name}' qui n’existe pas (plus haut)`,

  yaml: {
    TAB_AS_INDENT: 'tabulation utilisée pour l’indentation ; YAML n’accepte que des espaces',
    flowUnclosed: "le crochet '[' ou l’accolade '{' n’est pas fermé (au bon endroit) par ']' ou '}'",
    listIndent: "élément de liste ('- ') mal indenté : mettez le '-' dans la même colonne que ceux des autres éléments",
    indentedTooDeep: 'la ligne est plus indentée que la ligne au-dessus ; mettez-la dans la même colonne que les autres clés',
    BAD_INDENT: 'mauvaise indentation : les éléments d’un même niveau commencent dans la même colonne',
    DUPLICATE_KEY: (key) => `la clé « ${key} » apparaît deux fois ; chaque clé ne peut apparaître qu’une fois`,
    unclosedQuote: 'un guillemet n’est pas refermé',
    dashMissing: "élément de liste sans '-' devant",
    flowSeparator: "il manque une ',' ou un ':' entre les éléments entre crochets",
    commentSpace: "mettez un espace avant '#' (début d’un commentaire)",
    MISSING_CHAR: 'il manque un caractère (un crochet fermant, un guillemet ou un deux-points)',
    BLOCK_AS_IMPLICIT_KEY:
      "': ' inattendu dans une valeur ; mettez un texte qui contient ': ' entre guillemets, ou vérifiez l’indentation",
    spaceAfterColon: "mettez un espace après le ':' entre la clé et la valeur",
    MULTILINE_IMPLICIT_KEY:
      "clé sur plusieurs lignes : manque-t-il un ':' après une clé, ou une ligne est-elle mal indentée ?",
    UNEXPECTED_TOKEN: 'caractère inattendu ; vérifiez l’indentation et la ponctuation',
    MULTIPLE_DOCS: "plus d’un document YAML ('---') ; un fichier de questions n’en contient qu’un",
    BAD_DQ_ESCAPE: "échappement non valable avec '\\' entre guillemets doubles ; utilisez des guillemets simples",
    BAD_SCALAR_START: (char) => `une valeur ne peut pas commencer par '${char}' ; mettez-la entre guillemets`,
    BLOCK_IN_FLOW: 'une liste ou un bloc indenté entre crochets [ ] ou accolades { } n’est pas permis',
    KEY_OVER_1024_CHARS: 'la clé dépasse 1024 caractères',
    BAD_ALIAS: 'nom non valable pour une ancre (&) ou une référence (*)',
    other: (detail) => `YAML non valable : ${detail}`,
  },

  required: (key) => `le champ obligatoire « ${key} » manque`,
  unknownKey: (key) => `clé inconnue « ${key} »`,
  unknownKeyAllowed: (allowed) => `permis : ${allowed.join(', ')}`,
  clauses: (first, second) => `${first} ; ${second}`,
  didYouMean: (suggestion) => `vouliez-vous dire « ${suggestion} » ?`,
  expected: (expected, found) => `attendu : ${expected}, mais trouvé : ${found}`,
  expectedButEmpty: (expected) => `attendu : ${expected}, mais la valeur est vide`,
  quoteHint: 'mettez la valeur entre guillemets',
  typeNames: {
    string: 'un texte',
    array: 'une liste',
    object: "des clés avec des valeurs ('clé: valeur')",
    number: 'un nombre',
    integer: 'un nombre entier',
    boolean: 'oui/non (true/false)',
    null: 'une valeur vide',
  },
  url: 'URL non valable (http ou https), p. ex. https://www.resokit.be',
  id: "un id s’écrit en kebab-case (minuscules, chiffres et traits d’union), p. ex. 'mon-theme'",
  version: 'une version a la forme 1.2.3 (trois nombres séparés par des points)',
  language: "code de langue de deux lettres minuscules, p. ex. 'fr'",
  date: 'date non valable ; écrivez AAAA-MM-JJ, p. ex. 2025-03-31',
  dateTime: 'moment non valable ; écrivez p. ex. 2025-03-31T14:00:00Z',
  pattern: (pattern) => `ne correspond pas au modèle ${pattern}`,
  format: (format) => `valeur non valable pour ${format}`,
  notEmpty: 'ne peut pas être vide',
  tooShort: (limit) => `trop court : au moins ${count(limit, 'caractère', 'caractères')}`,
  tooLong: (length, limit) => `trop long : ${count(length, 'caractère', 'caractères')}, au plus ${limit}`,
  noThemes: "le fichier ne contient aucun thème ; mettez-en au moins un sous 'themes:'",
  noQuestions: "un thème a besoin d’au moins une question sous 'questions:'",
  noGroups: "la série de questions a besoin d’au moins un groupe sous 'groups:'",
  tooFewItems: (limit) => `la liste a besoin d’au moins ${count(limit, 'élément', 'éléments')}`,
  tooManyItems: (limit) => `la liste a au plus ${count(limit, 'élément', 'éléments')}`,
  oneOf: (allowed) => `doit être une de ces valeurs : ${allowed.join(', ')}`,
  duplicateFocus: (id, line) => `focus cite deux fois la même action (${id}, aussi à la ligne ${line})`,
  duplicateItem: (value, line) => `« ${value} » figure deux fois dans cette liste (aussi à la ligne ${line})`,
  invalid: 'valeur non valable ; comparez avec un fichier écrit par resokit',

  duplicateThemeId: (id, where) => `l’id de thème « ${id} » existe déjà (${where}) ; chaque thème a son propre id`,
  atLine: (line) => `ligne ${line}`,
  builtinThemeId: (id, file) =>
    `l’id de thème « ${id} » existe déjà dans la série de questions intégrée (${file}) ; choisissez un autre id`,
  duplicateQuestionId: (id, line) =>
    `l’id de question « ${id} » apparaît déjà dans ce thème (ligne ${line}) ; chaque question d’un thème a son propre id`,
  duplicateGroupId: (id, line) => `l’id de groupe « ${id} » apparaît déjà (ligne ${line})`,
  firstQuestionContinues:
    "la première question d’un thème n’a pas de question avant elle à poursuivre : supprimez 'continues: true'",
  unknownGroup: (group, known) => `groupe inconnu « ${group} » ; groupes existants : ${known.join(', ')}`,
  setFileInQuestions:
    "un set.yaml n’a pas sa place avec --questions : cette option ne fait qu’ajouter des thèmes à la série intégrée (vérifiez votre propre série avec 'resokit validate dossier/')",
  secondSetFile: (first) => `deuxième fichier de série ; la série de questions est déjà décrite dans ${first}`,
  languageMismatch: (language, folder) => `la langue « ${language} » ne correspond pas au dossier ${folder}/`,
};
