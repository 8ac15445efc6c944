import type { Answer, Passage } from '../search/answer.ts';
import type { CitedFigure } from '../search/list-figures.ts';

/** Terminal rendering of an Answer: quotes, figures and citations, readable without colour. */

const BOLD = (text: string, colour: boolean): string =>
  colour ? `\u001b[1m${text}\u001b[22m` : text;

function emphasize(passage: Passage, colour: boolean): string {
  let text = '';
  let at = 0;
  for (const { start, end } of passage.highlights) {
    text += passage.sentence.slice(at, start) + BOLD(passage.sentence.slice(start, end), colour);
    at = end;
  }
  return text + passage.sentence.slice(at);
}

export function citation(passage: {
  document: string;
  section: string | null;
  paragraph: number;
}): string {
  const section = passage.section === null ? '' : ` — « ${passage.section} »`;
  return `${passage.document}${section}, § ${passage.paragraph}`;
}

export function renderAnswerText(answer: Answer, colour = false): string {
  if (!answer.answered) {
    const hint =
      answer.suggestions.length > 0
        ? `\nClosest words in the articles: ${answer.suggestions.join(', ')}`
        : '';
    return `The articles do not say. (${answer.query.slice(0, 200)})${hint}\n`;
  }
  const lines: string[] = [];
  answer.results.forEach((passage, rank) => {
    if (passage.missing.length > 0) {
      const instead =
        passage.instead.length > 0 ? ` — the article gives ${passage.instead.join(', ')}` : '';
      lines.push(`${rank + 1}. Not in this passage: ${passage.missing.join(', ')}${instead}`);
      lines.push(`   « ${emphasize(passage, colour)} »`);
    } else {
      lines.push(`${rank + 1}. « ${emphasize(passage, colour)} »`);
    }
    if (passage.figures.length > 0) {
      lines.push(`   Figures: ${passage.figures.map((figure) => figure.text).join(' · ')}`);
    }
    lines.push(`   — ${citation(passage)}`, '');
  });
  return lines.join('\n');
}

export function renderFiguresText(figures: CitedFigure[]): string {
  if (figures.length === 0) return 'No figures in the articles.\n';
  return `${figures
    .map((figure) => `${figure.text.padEnd(24)} ${figure.kind.padEnd(11)} — ${citation(figure)}`)
    .join('\n')}\n`;
}
