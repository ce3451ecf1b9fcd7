import type { QuestionSet, Resource } from '../../content/types.js';
import { themeResources } from '../../report/resources.js';
import { link, singleLine } from '../markdown/escape.js';
import { strong, type PlanMessages } from './context.js';

function resourceLine(resource: Resource): string {
  const title = resource.url ? link(resource.title, resource.url) : singleLine(resource.title);
  const description = resource.description ? singleLine(resource.description) : '';
  return `- ${title}${description ? ` — ${description}` : ''}`;
}

/**
 * Per theme (plan or team report), its resources and the links of its notes, each URL once; then
 * the sources that inspired the tool. Nothing when the set is not at hand.
 */
export function resourcesSection(themes: ReadonlyArray<{ id: string; title: string }>, set: QuestionSet | undefined, p: PlanMessages): string[] {
  if (!set) return [];
  const parts: string[] = [];
  for (const { title, resources } of themeResources(set, themes)) {
    const lines = resources.map(resourceLine).filter((line) => line !== '- ');
    if (lines.length) parts.push(strong(title) || strong(p.none), lines.join('\n'));
  }
  const sources = (set.sources ?? []).map(resourceLine).filter((line) => line !== '- ');
  if (sources.length) parts.push(singleLine(p.sourcesIntro), sources.join('\n'));
  return parts.length ? [`## ${singleLine(p.resources)}`, ...parts] : [];
}
