import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/actor.js';
import { earlyIssueReason } from './issue-window.js';
import { REASON_MAX } from './revoke.js';

const manager = { id: 'm', role: 'manager', scopes: [] } as unknown as Actor;
const after = new Date('2010-06-30T04:00:00Z');

describe('the reason for issuing a certificate', () => {
  it('needs none once the event is over, but refuses one too long rather than taking it', () => {
    expect(earlyIssueReason('2010-06-25', manager, after, undefined)).toBeNull();
    expect(earlyIssueReason('2010-06-25', manager, after, 'x'.repeat(REASON_MAX))).toBeNull();
    const refused = (() => {
      try {
        earlyIssueReason('2010-06-25', manager, after, 'x'.repeat(REASON_MAX + 1));
      } catch (err) {
        return err as { code: string; fields?: Record<string, unknown> };
      }
    })();
    expect(refused?.code).toBe('validation');
  });
});
