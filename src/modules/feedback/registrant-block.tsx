import type { Child } from 'hono/jsx';
import type { Db } from '../../db/client.js';
import type { Lang } from '../../lib/bilingual.js';
import type { MessageKey, Translator } from '../../web/i18n/index.js';
import { href } from '../../web/layout.js';
import { feedbackKey } from './keys.js';
import { registrantFeedback } from './registrant.js';

/**
 * For the registrant's own page (the registration module's): where they stand with the tests and
 * the survey, and the way to their feedback page. Nothing when the event has neither.
 */
export async function registrantFeedbackBlock(
  db: Db,
  o: { secret: string; lang: Lang; t: Translator; registrationId: string; now: Date },
): Promise<Child> {
  const me = await registrantFeedback(db, o.registrationId, o.now);
  if (!me) return null;
  const parts = [
    ['feedback.pre.title', me.pre.state],
    ['feedback.post.title', me.post.state],
    ['feedback.survey.title', me.survey.state],
  ] as const;
  if (parts.every(([, state]) => state === 'unavailable')) return null;
  const { t } = o;
  return (
    <section class="box feedback-block" aria-labelledby="feedback-block">
      <h2 id="feedback-block">{t('feedback.hub.title')}</h2>
      <ul class="plain">
        {parts
          .filter(([, state]) => state !== 'unavailable')
          .map(([title, state]) => (
            <li>
              {t(title)}:{' '}
              <span class={`badge state-${state}`}>{t(`feedback.badge.${state}` as MessageKey)}</span>
            </li>
          ))}
      </ul>
      <p>
        <a class="button" href={href(o.lang, `/feedback/${feedbackKey(o.secret, o.registrationId)}`)}>
          {t('feedback.block.open')}
        </a>
      </p>
    </section>
  );
}
