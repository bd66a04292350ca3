/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { ConsentState } from '@assent/core';
import type { Texts } from './texts-en';

export interface ConsentInfoProps {
  t: Texts;
  lang: string;
  state: ConsentState;
  download(): void;
}

/** The visitor's consent ID and the date of the decision, and a download of their consent record. */
export function ConsentInfo({ t, lang, state, download }: ConsentInfoProps) {
  let date = state.decidedAt!;
  try {
    date = new Date(date).toLocaleString(lang, { dateStyle: 'long', timeStyle: 'short' });
  } catch {
    // An unknown language tag: the ISO time is still a date.
  }
  return (
    <div class="info">
      <dl>
        <dt>{t.consentId}</dt>
        <dd>{state.id}</dd>
        <dt>{t.decidedAt}</dt>
        <dd>{date}</dd>
      </dl>
      <button class="lnk" onClick={download}>{t.download}</button>
    </div>
  );
}
