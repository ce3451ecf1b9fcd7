/** `themes` and `show`: browsing the question set without answering. */
export const browse = {
  questionCount: (n: number) => (n === 1 ? '1 vraag' : `${n} vragen`),
  themeCount: (n: number) => (n === 1 ? '1 thema' : `${n} thema’s`),
  total: (themes: number, questions: number) => `${themes} thema’s · ${questions} vragen`,
  showHint: (command: string) => `Lees een thema volledig met: ${command}`,
  unknownGroup: (group: string, groups: string) => `Onbekende groep '${group}'. Kies uit: ${groups}.`,
  unknownTheme: (id: string) => `Onbekend thema '${id}'.`,
  knownThemes: 'Beschikbare thema’s:',
  /** `show answers.yaml`: a file where a theme id belongs. */
  fileNotTheme: (file: string) =>
    `resokit show toont één thema en neemt daarvoor zijn id (resokit themes geeft ze), geen bestand zoals ${file}. Een antwoordenbestand lees je met resokit report, of controleer je met resokit validate.`,
  outIsFolder: (folder: string) => `${folder} is een map: geef een bestandsnaam, bv. ${folder}/thema.md.`,
  group: 'Groep',
  questions: 'Vragen',
  note: 'Noot',
  source: 'Bron',
  resources: 'Meer lezen',
};
