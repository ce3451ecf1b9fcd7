import type { QuestionSet, Resource } from '../content/types.js';

/**
 * Per theme of a report (found in the set by id; each theme once), its resources and the links of
 * its notes, each URL once. The title is the report's title of the theme. Themes the set does not
 * know are left out.
 */
export function themeResources(
  set: QuestionSet,
  themes: ReadonlyArray<{ id: string; title: string }>,
): Array<{ themeId: string; title: string; resources: Resource[] }> {
  const byId = new Map(set.themes.map((theme) => [theme.id, theme]));
  const seen = new Set<string>();
  return themes.flatMap((reported) => {
    const theme = byId.get(reported.id);
    if (seen.has(reported.id) || !theme) return [];
    seen.add(reported.id);
    const resources: Resource[] = [...(theme.resources ?? [])];
    for (const note of theme.notes ?? []) if (note.url) resources.push({ title: note.title ?? note.source ?? note.url, url: note.url });
    const urls = new Set<string>();
    return [{ themeId: reported.id, title: reported.title, resources: resources.filter((r) => !r.url || (!urls.has(r.url) && urls.add(r.url))) }];
  });
}
