import type { Resource } from '../../content/types.js';
import { link, singleLine } from '../markdown/escape.js';
import { strong, type PlanContext } from './context.js';

function resourceLine(resource: Resource): string {
  const title = resource.url ? link(resource.title, resource.url) : singleLine(resource.title);
  const description = resource.description ? singleLine(resource.description) : '';
  return `- ${title}${description ? ` — ${description}` : ''}`;
}

/**
 * Per covered theme (found in the set by id), its resources and the links of its notes, each URL
 * once; then the sources that inspired the tool. Nothing when the set is not at hand.
 */
export function resourcesSection(ctx: PlanContext): string[] {
  const { set, p } = ctx;
  if (!set) return [];
  const parts: string[] = [];
  const seenThemes = new Set<string>();
  for (const answered of ctx.answers.themes ?? []) {
    if (seenThemes.has(answered.id)) continue;
    seenThemes.add(answered.id);
    const theme = set.themes.find((t) => t.id === answered.id);
    if (!theme) continue;
    const resources: Resource[] = [...(theme.resources ?? [])];
    for (const note of theme.notes ?? []) {
      if (note.url) resources.push({ title: note.title ?? note.source ?? note.url, url: note.url });
    }
    const urls = new Set<string>();
    const lines = resources
      .filter((r) => !r.url || (!urls.has(r.url) && urls.add(r.url)))
      .map(resourceLine)
      .filter((line) => line !== '- ');
    if (lines.length) parts.push(strong(ctx.themeLabels.get(answered.id) ?? theme.title) || strong(p.none), lines.join('\n'));
  }
  const sources = (set.sources ?? []).map(resourceLine).filter((line) => line !== '- ');
  if (sources.length) parts.push(singleLine(p.sourcesIntro), sources.join('\n'));
  return parts.length ? [`## ${singleLine(p.resources)}`, ...parts] : [];
}
