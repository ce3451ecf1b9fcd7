import type { QuestionSet } from '../../content/types.js';
import { block, singleLine } from '../markdown/escape.js';
import { em, type PlanMessages } from './context.js';

/** How to cite the Resokit tool (from the set, or the catalogue's copy without it), and the credit. */
export function citationSection(set: QuestionSet | undefined, p: PlanMessages): string[] {
  const intro = set ? (set.citation?.intro ?? '') : p.citationIntro;
  const citation = (set?.citation?.text ?? '').trim() || p.citationFallback;
  return [`## ${singleLine(p.citation)}`, block(intro), block(citation), em(p.madeWith)].filter((part) => part !== '');
}
