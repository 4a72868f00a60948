import type { Translator } from './i18n';

/** How much of a text field's limit is used ("12 / 2.000 karakter"): the field's `aria-describedby` names `id`. */
export function CharacterCount({
  i18n,
  id,
  length,
  max,
}: {
  i18n: Translator;
  id: string;
  length: number;
  max: number;
}) {
  return (
    <p id={id} className="muted counter">
      {i18n.format('characterCount', { count: i18n.number(length), max: i18n.number(max) })}
    </p>
  );
}
