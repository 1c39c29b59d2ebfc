/**
 * Walking a 一件事 guide through the local CloudBase, shared by the theme-path tests: one question at a time as the
 * guide pages do, then the tailored result, its sub-items and each material's source in a short notation.
 */
import { api } from '@shared/contracts';
import type { OutputOf } from '@shared/contract';
import { expectOk, type Backend } from './backend';

export type Guide = OutputOf<(typeof api.onething)['guide.evaluate']>;
export type Result = Extract<Guide, { status: 'result' }>;

/** `guide` and `walk` against the backend the test file started (read when called, after beforeAll). */
export function guideWalker(backend: () => Backend) {
  async function guide(persona: string, themeId: string, answers: Record<string, unknown>): Promise<Guide> {
    return expectOk(await backend().call(persona, api.onething['guide.evaluate'], { themeId, answers: answers as never }));
  }

  /** Answers one question at a time, as the guide pages do: exactly these questions are asked, in this order. */
  async function walk(persona: string, themeId: string, steps: [string, unknown][]): Promise<Result> {
    const answers: Record<string, unknown> = {};
    for (const [questionId, value] of steps) {
      const page = await guide(persona, themeId, answers);
      expect(page.status).toBe('question');
      if (page.status !== 'question') throw new Error('expected a question');
      expect(page.question.id).toBe(questionId);
      answers[questionId] = value;
    }
    const result = await guide(persona, themeId, answers);
    expect(result.status).toBe('result');
    if (result.status !== 'result') throw new Error('expected the result');
    expect(result.path.map((p) => p.questionId)).toEqual(steps.map(([id]) => id));
    return result;
  }

  return { guide, walk };
}

export const subItemIds = (result: Result) => result.subItems.map((s) => s.id).sort();

/**
 * Each material's source as this persona meets it: `shared:<record>` when the record is there,
 * `upload<-shared:<record>` when the catalog chose a shared record this persona has none of (the fallback),
 * `internal:<sub-item>`, or plain `promise` / `upload`.
 */
export const sources = (result: Result) =>
  Object.fromEntries(
    result.materials.map((m) => [
      m.id,
      m.source.kind === 'shared'
        ? `shared:${m.source.record}`
        : m.source.kind === 'upload' && m.source.fallbackFrom
          ? `upload<-shared:${m.source.fallbackFrom.record}`
          : m.source.kind === 'internal'
            ? `internal:${m.source.fromSubItem}`
            : m.source.kind,
    ]),
  );
