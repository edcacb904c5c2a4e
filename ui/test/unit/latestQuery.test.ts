import { expect, test } from 'vitest';
import { LatestQuery } from '../../src/latestQuery';

/** A query whose answers the test gives out (in any order). */
function query() {
  const pending: { question: number; resolve: (a: string) => void; reject: (e: unknown) => void }[] = [];
  const answers: [string, number][] = [];
  const errors: unknown[] = [];
  const q = new LatestQuery<number, string>(
    (question) => new Promise((resolve, reject) => pending.push({ question, resolve, reject })),
    (a, question) => answers.push([a, question]),
    (e) => errors.push(e),
  );
  const tick = () => new Promise((r) => setTimeout(r));
  return { q, pending, answers, errors, tick };
}

test('one question at a time; while it is out, only the latest waits', async () => {
  const { q, pending, answers, tick } = query();
  for (let i = 1; i <= 30; i++) q.ask(i);
  expect(pending.map((p) => p.question)).toEqual([1]);
  pending[0].resolve('one');
  await tick();
  expect(answers).toEqual([['one', 1]]);
  expect(pending.map((p) => p.question)).toEqual([1, 30]);
  pending[1].resolve('thirty');
  await tick();
  expect(answers).toEqual([['one', 1], ['thirty', 30]]);
  await tick();
  expect(pending).toHaveLength(2);
});

test('after a reset, the answer on its way is dropped', async () => {
  const { q, pending, answers, errors, tick } = query();
  q.ask(1);
  q.ask(2);
  q.reset();
  q.ask(3);
  pending[0].resolve('old');
  pending[1].reject('failed');
  await tick();
  expect(answers).toEqual([]);
  expect(errors).toEqual(['failed']);
  expect(pending.map((p) => p.question)).toEqual([1, 3]);
});
