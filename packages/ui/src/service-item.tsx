/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
import { h, Fragment } from 'preact';
import type { Texts } from './texts-en';
import type { ServiceView } from './category-views';

export interface ServiceItemProps {
  t: Texts;
  service: ServiceView;
  /** Switches the service; absent for `necessary` services, which are always on. */
  toggle?: (on: boolean) => void;
}

/** One service: expandable details (provider, purpose, privacy policy, its cookies) and its own switch. */
export function ServiceItem({ t, service, toggle }: ServiceItemProps) {
  const { label, provider, purpose, privacyPolicy, cookies } = service;
  return (
    <li class="svc">
      <details>
        <summary>{label}</summary>
        {(provider || purpose || privacyPolicy) && (
          <dl>
            {provider && <><dt>{t.provider}</dt><dd>{provider}</dd></>}
            {purpose && <><dt>{t.purpose}</dt><dd>{purpose}</dd></>}
            {privacyPolicy && <><dt>{t.privacyPolicy}</dt><dd><a href={privacyPolicy} rel="noopener">{privacyPolicy}</a></dd></>}
          </dl>
        )}
        {cookies.length > 0 && (
          <table>
            <caption>{t.cookies}</caption>
            <thead><tr><th scope="col">{t.cookieName}</th><th scope="col">{t.purpose}</th><th scope="col">{t.duration}</th></tr></thead>
            <tbody>
              {cookies.map((c) => <tr key={c.name}><td>{c.name}</td><td>{c.purpose}</td><td>{c.duration}</td></tr>)}
            </tbody>
          </table>
        )}
      </details>
      {toggle && (
        <input type="checkbox" class="sw" aria-label={label} checked={service.on} onChange={(e) => toggle(e.currentTarget.checked)} />
      )}
    </li>
  );
}
