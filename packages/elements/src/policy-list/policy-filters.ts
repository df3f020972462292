/**
 * The filter panel of `<portal-policy-list>`: native controls only — a fieldset of checkboxes
 * per list filter (category, type, issuing organ, validity) and two selects for the year range,
 * each value with the number of documents it would give (the response's facets). A value the
 * reader chose stays listed when the facets no longer have it, so it can be unchosen.
 */
import { html, isServer, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { DocumentFacets } from '@portal-kit/sdk';
import { DOCUMENT_QUERY_MAX_LENGTH, DOCUMENT_SORTS } from '@portal-kit/sdk';
import { domainNamespace, formatNumber } from '@portal-kit/i18n';
import type {
  BaseLocalizeController,
  DomainStrings,
  PolicyListStrings,
  TranslationKey,
} from '@portal-kit/i18n';
import { searchForm } from '../base/search-form.js';
import type { PolicyFilter } from './policy-state.js';

/** One value of a filter as the panel shows it. */
export interface FacetValue {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

/** A list filter: its key (the query parameter), its legend, its values and those chosen. */
export interface CheckGroup {
  readonly key: string;
  readonly legend: string;
  readonly values: readonly FacetValue[];
  readonly chosen: readonly string[];
  /** Whether the labels are data (organ names from the server), not the kit's words. */
  readonly data?: boolean;
}

/**
 * The values of a facet with their labels, each chosen value included (count 0 when the facet
 * lacks it), in the facet's order (most documents first, as the server sends them).
 */
export function facetValues(
  facet: readonly { value: string | number; count: number; name?: string }[] | undefined,
  chosen: readonly string[],
  label: (value: string, name?: string) => string,
): FacetValue[] {
  const values = (facet ?? []).map((f) => ({
    value: String(f.value),
    label: label(String(f.value), f.name),
    count: f.count,
  }));
  for (const value of chosen) {
    if (!values.some((v) => v.value === value))
      values.push({ value, label: label(value), count: 0 });
  }
  return values;
}

/** Values a filter shows before the rest fold into "N more" (chosen values always show). */
const SHOWN_VALUES = 8;

/**
 * A fieldset of checkboxes (`part="filter"`); nothing when the filter has no value at all. A long
 * filter (52 issuing organs) shows its first values and the chosen ones; the rest fold into a
 * native disclosure (`part="more"`, "N more"), so the panel stays short and keyboard-complete.
 */
export function checkGroupView(
  group: CheckGroup,
  count: (n: number) => string,
  onChange: (event: Event) => void,
  more: (n: number) => string,
): TemplateResult | typeof nothing {
  if (group.values.length === 0) return nothing;
  const shown = group.values.filter((v, i) => i < SHOWN_VALUES || group.chosen.includes(v.value));
  const rest = group.values.filter((v) => !shown.includes(v));
  const box = (v: FacetValue) =>
    html`<label class="check"
      ><input
        type="checkbox"
        name=${group.key}
        .value=${v.value}
        .checked=${
          // A server writes a property binding as its attribute, whatever its value (an
          // unchecked box would arrive checked): there, an unchecked box binds nothing.
          isServer && !group.chosen.includes(v.value) ? nothing : group.chosen.includes(v.value)
        }
        @change=${onChange}
      /><span part=${group.data ? 'facet-label organ' : 'facet-label'}>${v.label}</span
      ><span part="facet-count" class="n">${count(v.count)}</span></label
    >`;
  return html`<fieldset part="filter" class="group">
    <legend part="legend">${group.legend}</legend>
    ${shown.map(box)}
    ${
      rest.length > 0
        ? html`<details part="more" class="more">
            <summary>${more(rest.length)}</summary>
            ${rest.map(box)}
          </details>`
        : nothing
    }
  </fieldset>`;
}

/** What the year range needs: its words, the years with their counts, and the years chosen. */
export interface YearRange {
  readonly legend: string;
  readonly any: string;
  /** The labels of the two selects: from, to. */
  readonly labels: readonly [string, string];
  readonly years: readonly FacetValue[];
  readonly chosen: readonly [number | null, number | null];
}

/** The year range (`part="filter"`): two selects, "from" and "to" (the same year: one year). */
export function yearRangeView(
  range: YearRange,
  count: (n: number) => string,
  onChange: (event: Event) => void,
): TemplateResult | typeof nothing {
  if (range.years.length === 0) return nothing;
  return html`<fieldset part="filter" class="group">
    <legend part="legend">${range.legend}</legend>
    ${range.labels.map((label, i) => {
      const chosen = range.chosen[i] ?? null;
      return html`<label class="field"
        ><span>${label}</span
        ><select part="select" name=${i === 0 ? 'from' : 'to'} @change=${onChange}>
          <option value="" ?selected=${chosen === null}>${range.any}</option>
          ${range.years.map(
            (y) =>
              html`<option value=${y.value} ?selected=${String(chosen) === y.value}>
                ${y.label} (${count(y.count)})
              </option>`,
          )}
        </select></label
      >`;
    })}
  </fieldset>`;
}

type DomainKey = TranslationKey<DomainStrings>;

/**
 * The whole panel: category, type, issuing organ and validity as checkboxes, then the year
 * range; the names of categories, types and validities from the `domain` strings (an id the
 * strings lack shows as itself), organs by the names the server sent.
 */
export function filtersView(
  t: BaseLocalizeController<PolicyListStrings>,
  facets: DocumentFacets | undefined,
  f: PolicyFilter,
  onCheck: (event: Event) => void,
  onSelect: (event: Event) => void,
): TemplateResult {
  const count = (n: number) => formatNumber(n, t.lang);
  const other = { defaultValue: '' };
  const groups = [
    [
      'category',
      t.t('category'),
      (id: string) =>
        t.tOf<DomainStrings>(domainNamespace, `policyCategories.${id}` as DomainKey, other) || id,
    ],
    [
      'type',
      t.t('type'),
      (id: string) =>
        id === 'bulletin'
          ? t.tOf<DomainStrings>(domainNamespace, 'publicationKinds.bulletin')
          : t.tOf<DomainStrings>(domainNamespace, `documentTypes.${id}` as DomainKey, other) || id,
    ],
    ['organ', t.t('organ'), (id: string, name?: string) => name ?? id],
    [
      'validity',
      t.t('validity'),
      (id: string) =>
        t.tOf<DomainStrings>(domainNamespace, `validity.${id}` as DomainKey, other) || id,
    ],
  ] as const;
  const years = [...(facets?.year ?? [])].sort((a, b) => b.value - a.value);
  return html`${groups.map(([key, legend, label]) =>
    checkGroupView(
      {
        key,
        legend,
        values: facetValues(facets?.[key], f[key], label),
        chosen: f[key],
        data: key === 'organ',
      },
      count,
      onCheck,
      (n) => t.t('moreValues', { n: count(n) }),
    ),
  )}
  ${yearRangeView(
    {
      legend: t.t('year'),
      any: t.t('anyYear'),
      labels: [t.t('yearFrom'), t.t('yearTo')],
      years: facetValues(years, [f.from, f.to].filter((y) => y !== null).map(String), (y) => y),
      chosen: [f.from, f.to],
    },
    count,
    onSelect,
  )}`;
}

/**
 * The search form (`part="search"`, shared with the other lists): the words (submitted with the
 * button or Enter — never a request per keystroke) and the order.
 */
export function searchView(
  t: BaseLocalizeController<PolicyListStrings>,
  f: PolicyFilter,
  onSearch: (event: SubmitEvent) => void,
  onSelect: (event: Event) => void,
): TemplateResult {
  const sort = f.sort ?? (f.q ? 'relevance' : 'newest');
  return searchForm(
    {
      label: t.t('query'),
      button: t.t('search'),
      value: f.q,
      maxLength: DOCUMENT_QUERY_MAX_LENGTH,
      onSearch,
    },
    html`<label class="field"
      ><span>${t.t('sort')}</span
      ><select part="select" name="sort" @change=${onSelect}>
        ${DOCUMENT_SORTS.map(
          (s) => html`<option value=${s} ?selected=${sort === s}>${t.t(`sorts.${s}`)}</option>`,
        )}
      </select></label
    >`,
  );
}

/** The "Filters" button (`part="filters-button"`): shown only when the panel is folded. */
export function filtersButton(label: string, open: boolean, toggle: () => void): TemplateResult {
  return html`<button
    part="filters-button"
    class="toggle button secondary"
    type="button"
    aria-expanded=${open}
    aria-controls="filters"
    @click=${toggle}
  >
    ${label}
  </button>`;
}
