import { describe, expect, it } from 'vitest';
import { READER_QUESTIONS } from '../../../src/data/reader-questions.ts';

/** The list of readers' questions is data the build test relies on: each entry must say where it was asked and answered. */
describe('the readers’ questions', () => {
  it.each(READER_QUESTIONS.map((q) => [q.question, q] as const))('"%s" says where it was asked and answered', (_, q) => {
    expect(q.question).toMatch(/\?$/);
    expect(q.asked).toMatch(/^https:\/\/(github\.com\/Kong\/|developer\.konghq\.com\/)/);
    expect(q.page).toMatch(/^\/insomnia\/[a-z0-9-]+\/$/);
    expect(q.section).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(q.answer.length).toBeGreaterThan(20);
  });

  it('asks each question once', () => {
    const questions = READER_QUESTIONS.map((q) => q.question.toLowerCase());
    expect(questions.filter((q, i) => questions.indexOf(q) !== i)).toEqual([]);
  });
});
