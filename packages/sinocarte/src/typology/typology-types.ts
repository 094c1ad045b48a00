import { adoptStyles, css, html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { TypologyPlanes } from '@sinocarte/data/base/typology-planes';
import { typologyTypes } from '@sinocarte/data/base/typology-types';
import type { Lang } from '../internal/i18n.js';
import type { DiagramText } from '../lib/typology-data.js';
import type { PartMessages } from '../i18n/messages.js';

/**
 * The typology's types view (the six coordination types of Tableau 24 and the phase typologies it contrasts them
 * with): its records and its template, in a chunk of their own that `<sino-typology>` fetches the first time it
 * shows that view (internal/on-demand.ts). A page that shows only the planes never downloads them.
 */

/** What the types view shows, for its source line. */
export const typesRecords: readonly unknown[] = [...typologyTypes.coordinationTypes, typologyTypes.phases];

/** What the view reads of the element. */
export interface TypesHost {
  t: PartMessages<'typology'>;
  locale: Lang;
  selected: string | null;
  programmes: TypologyPlanes['programmes'];
  text: (value: DiagramText | undefined) => { text: string; lang: Lang };
  select: (id: string) => void;
  /** "Phase n", n written in the element's language. */
  phase: (order: number) => string;
  /** The report's reference line ("Rapport d'évaluation 2011, …"). */
  reportSource: (ref: string) => string;
}

export function renderTypes({ t, locale, selected, programmes, text, select, phase, reportSource }: TypesHost): TemplateResult {
  const programmeName = (id: string) => {
    const p = programmes.find((p) => p.id === id);
    return p ? text(p.label) : { text: id, lang: locale };
  };
  const phases = typologyTypes.phases;
  const longest = phases.typologies.reduce((a, b) => (b.steps.length > a.steps.length ? b : a), phases.typologies[0]);
  const target = longest?.steps[longest.steps.length - 1];
  // Every row shares the columns of the longest, so phase n sits under phase n.
  const columns = Math.min(5, Math.max(1, longest?.steps.length ?? 1));
  return html`<div class="types" part="types">
    <section class="coordination-types" aria-labelledby="types-title">
      <h3 id="types-title" class="section-title">${t.typesTitle}</h3>
      <ul class="cards">
        ${typologyTypes.coordinationTypes.map((type) => {
          const label = text(type.label);
          const description = text(type.description);
          const linked = type.examples.some((e) => e.programmeIds?.includes(selected ?? ''));
          return html`<li class="card ${linked ? 'is-selected' : ''}" data-id=${type.id}>
            <p class="card-title" lang=${label.lang}>${label.text}</p>
            <p class="card-description" lang=${description.lang}>${description.text}</p>
            <p class="card-examples-title">${t.examples}</p>
            <ul class="examples">
              ${type.examples.map((example) => {
                const exampleText = text(example.label);
                const ids = example.programmeIds ?? [];
                return html`<li lang=${exampleText.lang}>
                  ${exampleText.text}
                  ${ids.map((id) => {
                    const name = programmeName(id);
                    return html` <button type="button" class="programme-link" data-id=${id} aria-pressed=${id === selected ? 'true' : 'false'} lang=${name.lang} @click=${() => select(id)}>
                      ${name.text}
                    </button>`;
                  })}
                </li>`;
              })}
            </ul>
          </li>`;
        })}
      </ul>
    </section>
    <section class="phases" aria-labelledby="phases-title">
      <h3 id="phases-title" class="section-title">${t.phasesTitle}</h3>
      <p class="phases-intro">${t.phasesIntro}</p>
      ${phases.typologies.map((typ) => {
        const label = text(typ.label);
        return html`<div class="stair-row" data-id=${typ.id}>
          <p class="stair-title"><span lang=${label.lang}>${label.text}</span> <span class="year">(${typ.year})</span></p>
          <ol class="stairs cols-${columns}">
            ${[...typ.steps]
              .sort((a, b) => a.order - b.order)
              .map((step) => {
                const stepLabel = text(step.label);
                const description = text(step.description);
                return html`<li class="step" data-order=${Math.min(step.order, 5)}>
                  <span class="step-number">${phase(step.order)}</span>
                  <span class="step-label" lang=${stepLabel.lang}>${stepLabel.text}</span>
                  ${description.text ? html`<span class="step-description" lang=${description.lang}>${description.text}</span>` : nothing}
                </li>`;
              })}
          </ol>
        </div>`;
      })}
      ${target
        ? html`<div class="stair-row franco-chinese">
            <p class="stair-title">${t.francoChinese}</p>
            <ol class="stairs cols-${columns}">
              ${longest.steps.slice(0, -1).map(
                (step) => html`<li class="step skipped" data-order=${Math.min(step.order, 5)}>
                  <span class="step-number">${phase(step.order)}</span>
                  <span class="step-label">${t.skipped}</span>
                </li>`,
              )}
              <li class="step reached" data-order=${Math.min(target.order, 5)}>
                <span class="step-number">${phase(target.order)}</span>
                <span class="step-label" lang=${text(target.label).lang}>${text(target.label).text}</span>
              </li>
            </ol>
          </div>`
        : nothing}
      <p class="contrast" lang=${text(phases.contrast).lang}>${text(phases.contrast).text}</p>
      <p class="source">${t.source} : ${reportSource([...new Set(phases.sources.map((s) => s.ref))].join(' · '))}</p>
    </section>
  </div>`;
}

/**
 * The types view's look, added to the element's styles when the view first arrives (`useTypesStyles`): a page that
 * shows only the planes never downloads it.
 */
export const typesStyles = css`
  .types {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }
  .section-title {
    margin: 0 0 var(--_space);
    font-size: 1em;
    font-weight: 600;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 256px), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: 10px 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .card.is-selected {
    border-color: var(--_accent);
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  .card-title {
    font-weight: 600;
  }
  .card-description {
    margin-top: 4px;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .card-examples-title {
    margin-top: 8px;
    font-size: 0.8125em;
    font-weight: 600;
  }
  .examples {
    margin: 2px 0 0;
    padding-inline-start: 16px;
    font-size: 0.875em;
  }
  .programme-link {
    padding: 0 6px;
    font-size: 0.9em;
    border-radius: 999px;
    margin-block: 2px;
  }
  .programme-link[aria-pressed='true'] {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }
  .phases-intro {
    font-size: 0.875em;
    color: var(--_muted);
    margin-bottom: var(--_space);
  }
  .stair-row {
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .stair-title {
    font-size: 0.875em;
    font-weight: 600;
    margin-bottom: 4px;
  }
  .year {
    font-weight: normal;
    color: var(--_muted);
  }
  .stairs {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    align-items: end;
    gap: 4px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .stairs.cols-2 { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .stairs.cols-3 { grid-template-columns: repeat(3, minmax(0, 1fr)); }
  .stairs.cols-4 { grid-template-columns: repeat(4, minmax(0, 1fr)); }
  .stairs.cols-5 { grid-template-columns: repeat(5, minmax(0, 1fr)); }
  .step {
    display: flex;
    flex-direction: column;
    justify-content: flex-start;
    gap: 2px;
    padding: 6px 8px;
    border: 1px solid var(--_border);
    border-top: 3px solid var(--_axis);
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--_surface);
    font-size: 0.8125em;
  }
  .step[data-order='1'] { min-height: 64px; }
  .step[data-order='2'] { min-height: 96px; }
  .step[data-order='3'] { min-height: 128px; }
  .step[data-order='4'] { min-height: 160px; }
  .step[data-order='5'] { min-height: 192px; }
  .step-number {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .step-label {
    font-weight: 600;
  }
  .step-description {
    color: var(--_muted);
  }
  .step.skipped {
    background: transparent;
    border-style: dashed;
    border-top-width: 1px;
    color: var(--_muted);
  }
  .step.skipped .step-label {
    font-weight: normal;
    font-style: italic;
  }
  .step.reached {
    border-top-color: var(--_accent);
    background: var(--_bg);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .contrast {
    padding: 8px 12px;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface);
  }
  .source {
    margin-top: 4px;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  @container (max-width: 520px) {
    .stairs,
    .stairs[class*='cols-'] {
      grid-auto-flow: row;
      grid-template-columns: minmax(0, 1fr);
    }
    .step {
      min-height: 0 !important;
      border-top-width: 1px;
      border-inline-start: 3px solid var(--_axis);
      border-radius: 0 var(--_radius) var(--_radius) 0;
    }
    .step[data-order='2'] { margin-inline-start: 16px; }
    .step[data-order='3'] { margin-inline-start: 32px; }
    .step[data-order='4'] { margin-inline-start: 48px; }
    .step[data-order='5'] { margin-inline-start: 64px; }
    .step.reached { border-inline-start-color: var(--_accent); }
  }
`;

/**
 * Adds the types view's styles to its element class (so that an element created later, or moved to another
 * document, has them: internal/sino-element.ts adopts `elementStyles`) and to this element's shadow root.
 */
export function useTypesStyles(host: LitElement): void {
  const styles = (host.constructor as typeof LitElement).elementStyles;
  if (!styles.includes(typesStyles)) styles.push(typesStyles);
  adoptStyles(host.renderRoot as ShadowRoot, styles);
}
