/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
import { h, Fragment } from 'preact';
import { ServiceItem } from './service-item';
import type { Texts } from './texts-en';
import type { CategoryView } from './category-views';

export interface CategoryItemProps {
  t: Texts;
  category: CategoryView;
  /** An extra line under the label (e.g. that marketing covers sale or sharing in opt-out regimes). */
  note?: string;
  toggle(on: boolean): void;
  toggleService(service: string, on: boolean): void;
}

/** One category: its switch (mixed when only some services are on), description and services. */
export function CategoryItem({ t, category, note, toggle, toggleService }: CategoryItemProps) {
  const { name, label, description, on, mixed, locked, services } = category;
  const id = 'c-' + name;
  return (
    <li class="cat">
      <div class="ch">
        <label for={id}>{label}</label>
        {locked && <span>{t.alwaysOn}</span>}
        <input
          type="checkbox"
          class="sw"
          id={id}
          checked={on}
          indeterminate={mixed}
          disabled={locked}
          aria-describedby={description || note ? id + 'd' : undefined}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />
      </div>
      {(description || note) && <p class="cd" id={id + 'd'}>{note && <>{note}. </>}{description}</p>}
      {services.length > 0 && (
        <ul class="svcs">
          {services.map((s) => (
            <ServiceItem key={s.name} t={t} service={s} toggle={locked ? undefined : (v) => toggleService(s.name, v)} />
          ))}
        </ul>
      )}
    </li>
  );
}
