import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import type { Actor, Role } from '../../lib/actor.js';
import { type ItemInput, itemInput } from './input.js';
import { createItem } from './save-item.js';

export function editor(role: Role = 'manager'): Actor {
  return {
    id: randomUUID(),
    email: `${role}-${randomUUID().slice(0, 8)}@example.org`,
    name: `${role} editor`,
    role,
    preferredLang: 'en',
    organisationId: null,
    scopes: [],
  };
}

type Partial2 = Partial<Omit<ItemInput, 'title' | 'summary' | 'body'>> & {
  title: { en?: string; zh?: string };
  summary?: { en?: string; zh?: string };
  body?: { en?: string; zh?: string };
};

/** An item input with defaults, parsed like a form or API body would be. */
export function input(p: Partial2): ItemInput {
  return itemInput.parse({
    type: 'guide',
    status: 'published',
    ...p,
    title: { en: '', zh: '', ...p.title },
    summary: { en: '', zh: '', ...p.summary },
    body: { en: '', zh: '', ...p.body },
  });
}

export async function addItem(db: Db, p: Partial2, now = new Date('2026-11-20T08:00:00Z')) {
  return createItem(db, editor(), input(p), now);
}
