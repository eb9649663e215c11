import { describe, expect, it } from 'vitest';
import { decide, lessonKey, ownerOf } from './offline-rules.js';

const origin = 'https://ipc.example.org';
const lesson = `${origin}/zh/learn/lessons/0b0e6f8e-2f57-4d8a-9d55-6a3f3b6f1c2d`;

describe('the learning service worker’s rules', () => {
  it('keeps lesson pages only, and sees the sign-out form from any page', () => {
    expect(decide('GET', lesson, origin)).toBe('lesson');
    expect(decide('GET', `${lesson}?from=outline`, origin)).toBe('lesson');
    expect(decide('POST', lesson, origin)).toBe('pass');
    expect(decide('GET', `${origin}/en/learn/courses/trade-marks`, origin)).toBe('pass');
    expect(
      decide('GET', `${origin}/en/learn/lessons/0b0e6f8e-2f57-4d8a-9d55-6a3f3b6f1c2d/attachments/x`, origin),
    ).toBe('pass');
    expect(
      decide(
        'GET',
        `https://elsewhere.example.com/zh/learn/lessons/0b0e6f8e-2f57-4d8a-9d55-6a3f3b6f1c2d`,
        origin,
      ),
    ).toBe('pass');
    expect(decide('POST', `${origin}/en/sign-out`, origin)).toBe('sign-out');
    expect(decide('GET', `${origin}/static/style.css`, origin)).toBe('asset');
    expect(lessonKey(`${lesson}?a=1#top`)).toBe(lesson);
  });

  it('keeps an answer only when the server marks it as the signed-in learner’s whole page', () => {
    const res = (status: number, headers: Record<string, string>, redirected = false) => ({
      ok: status >= 200 && status < 300,
      status,
      redirected,
      headers: new Headers(headers),
    });
    expect(ownerOf(res(200, { 'x-offline-lesson': 'aB3_-kq9Zt0pLm2NvX8wQe' }))).toBe(
      'aB3_-kq9Zt0pLm2NvX8wQe',
    );
    // An editor's preview, a page reached by a redirect, a refusal: nothing kept (and the cache emptied).
    expect(ownerOf(res(200, {}))).toBeNull();
    expect(ownerOf(res(200, { 'x-offline-lesson': 'aB3_-kq9Zt0pLm2NvX8wQe' }, true))).toBeNull();
    expect(ownerOf(res(401, { 'x-offline-lesson': 'aB3_-kq9Zt0pLm2NvX8wQe' }))).toBeNull();
    expect(ownerOf(res(200, { 'x-offline-lesson': '<script>' }))).toBeNull();
  });
});
