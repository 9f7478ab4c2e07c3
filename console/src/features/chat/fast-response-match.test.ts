import { describe, expect, test } from 'vitest';
import { type FastResponse, findTrigger, insertResponse, matchFastResponses, normalize } from './fast-response-match';

const responses: FastResponse[] = [
  { id: 'greet', nickname: 'greet', text: 'Hi! How can I help?' },
  { id: 'great', nickname: 'Great', text: 'Great news!' },
  { id: 'hello', nickname: 'hello', text: 'Вітаю!' },
  { id: 'cafe', nickname: 'café', text: 'Our café opens at 9.' },
  { id: 'wait', nickname: null, text: 'Thank you for WAITING, I am checking.' },
  { id: 'resume', nickname: null, text: 'Your résumé was received.' },
  { id: 'empty-nick', nickname: '', text: 'Waiting is over.' },
];
const ids = (list: FastResponse[]) => list.map((r) => r.id);

describe('findTrigger', () => {
  test('a backslash at the start opens a nickname lookup', () => {
    expect(findTrigger('\\gr', 3)).toEqual({ kind: 'nickname', query: 'gr', start: 0, end: 3 });
  });
  test('after a space, the trigger starts at the backslash', () => {
    expect(findTrigger('ok \\gr', 6)).toEqual({ kind: 'nickname', query: 'gr', start: 3, end: 6 });
  });
  test('two backslashes open a text search that may contain spaces', () => {
    expect(findTrigger('\\\\thank you', 11)).toEqual({ kind: 'text', query: 'thank you', start: 0, end: 11 });
  });
  test('a bare backslash lists every nickname; a bare double backslash every text', () => {
    expect(findTrigger('\\', 1)).toMatchObject({ kind: 'nickname', query: '' });
    expect(findTrigger('\\\\', 2)).toMatchObject({ kind: 'text', query: '' });
  });
  test('no trigger inside a word, after a space-terminated nickname, or before the caret', () => {
    expect(findTrigger('path\\gr', 7)).toBeNull();
    expect(findTrigger('\\gr now', 7)).toBeNull();
    expect(findTrigger('hello', 5)).toBeNull();
    expect(findTrigger('\\gr', 0)).toBeNull();
  });
  test('only the text before the caret counts', () => {
    expect(findTrigger('\\gr and more', 3)).toEqual({ kind: 'nickname', query: 'gr', start: 0, end: 3 });
  });
});

describe('matchFastResponses', () => {
  test('nickname prefix, case-insensitive, sorted by nickname', () => {
    expect(ids(matchFastResponses(responses, { kind: 'nickname', query: 'GR' }))).toEqual(['great', 'greet']);
    expect(ids(matchFastResponses(responses, { kind: 'nickname', query: 'gre' }))).toEqual(['great', 'greet']);
    expect(ids(matchFastResponses(responses, { kind: 'nickname', query: 'gree' }))).toEqual(['greet']);
  });
  test('nickname matches the prefix only, not the middle', () => {
    expect(matchFastResponses(responses, { kind: 'nickname', query: 'reet' })).toEqual([]);
  });
  test('nickname lookup is accent-insensitive both ways', () => {
    expect(ids(matchFastResponses(responses, { kind: 'nickname', query: 'cafe' }))).toEqual(['cafe']);
    expect(ids(matchFastResponses(responses, { kind: 'nickname', query: 'CAFÉ' }))).toEqual(['cafe']);
  });
  test('an empty nickname query lists every response with a nickname and none without', () => {
    expect(ids(matchFastResponses(responses, { kind: 'nickname', query: '' }))).toEqual(['cafe', 'great', 'greet', 'hello']);
  });
  test('text search only covers responses without a nickname', () => {
    expect(ids(matchFastResponses(responses, { kind: 'text', query: 'great' }))).toEqual([]);
    expect(ids(matchFastResponses(responses, { kind: 'text', query: 'waiting' }))).toEqual(['wait', 'empty-nick']);
  });
  test('text search is case- and accent-insensitive and matches anywhere', () => {
    expect(ids(matchFastResponses(responses, { kind: 'text', query: 'RESUME' }))).toEqual(['resume']);
    expect(ids(matchFastResponses(responses, { kind: 'text', query: 'checking' }))).toEqual(['wait']);
  });
  test('an empty text query lists every response without a nickname', () => {
    expect(ids(matchFastResponses(responses, { kind: 'text', query: '' }))).toEqual(['wait', 'resume', 'empty-nick']);
  });
  test('no responses at all, or no match, gives an empty list', () => {
    expect(matchFastResponses([], { kind: 'nickname', query: '' })).toEqual([]);
    expect(matchFastResponses(responses, { kind: 'nickname', query: 'zzz' })).toEqual([]);
  });
});

describe('insertResponse', () => {
  test('replaces exactly the trigger and puts the caret after the text', () => {
    const text = 'Sure. \\gr tail';
    const trigger = findTrigger(text, 9)!;
    expect(insertResponse(text, trigger, responses[0]!)).toEqual({ text: 'Sure. Hi! How can I help? tail', caret: 25 });
  });
});

test('normalize strips combining marks', () => {
  expect(normalize('Éléphant Ñ')).toBe('elephant n');
});
