import type { Translator } from '../../../web/i18n/index.js';

function RowButton(p: {
  action: string;
  csrf: string;
  label: string;
  aria: string;
  direction?: 'up' | 'down';
}) {
  return (
    <form method="post" action={p.action} class="inline">
      <input type="hidden" name="_csrf" value={p.csrf} />
      {p.direction ? <input type="hidden" name="direction" value={p.direction} /> : null}
      <button type="submit" class="link" aria-label={p.aria}>
        {p.label}
      </button>
    </form>
  );
}

/** Edit, move up, move down and remove, for one row of an ordered list; `name` labels them for screen readers. */
export function OrderedRowActions(p: {
  t: Translator;
  base: string;
  id: string;
  index: number;
  count: number;
  csrf: string;
  name: string;
}) {
  const { t, base, id, name } = p;
  return (
    <td class="row-actions">
      <a href={`${base}/edit?id=${id}`} aria-label={t('news.list.editItemLabel', { name })}>
        {t('common.edit')}
      </a>
      {p.index > 0 ? (
        <RowButton
          action={`${base}/${id}/move`}
          csrf={p.csrf}
          direction="up"
          label={t('news.list.up')}
          aria={t('news.list.moveUpLabel', { name })}
        />
      ) : null}
      {p.index < p.count - 1 ? (
        <RowButton
          action={`${base}/${id}/move`}
          csrf={p.csrf}
          direction="down"
          label={t('news.list.down')}
          aria={t('news.list.moveDownLabel', { name })}
        />
      ) : null}
      <RowButton
        action={`${base}/${id}/delete`}
        csrf={p.csrf}
        label={t('common.delete')}
        aria={t('news.list.removeLabel', { name })}
      />
    </td>
  );
}
