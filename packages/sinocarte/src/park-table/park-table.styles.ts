import { css } from 'lit';

export const styles = css`
  :host {
    min-width: 0;
  }

  .base {
    container: table / inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    background: var(--_bg);
    min-width: 0;
  }

  /* ---- toolbar ---- */
  .toolbar {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .filters,
  .actions,
  .action-group {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space) calc(var(--_space) * 1.5);
  }
  .actions {
    align-items: center;
    justify-content: space-between;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .field.inline {
    flex-direction: row;
  }
  .field-label {
    padding: 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .search {
    flex: 1 1 192px;
    max-width: 352px;
  }
  input,
  select,
  button,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  input,
  select {
    min-height: 36px;
    padding: 4px 8px;
    max-width: 100%;
  }
  select {
    max-width: 256px;
  }
  .years {
    display: grid;
    grid-template-columns: auto auto auto;
    align-items: center;
    column-gap: 4px;
  }
  .years legend {
    grid-column: 1 / -1;
    float: left;
    width: 100%;
    margin-bottom: 2px;
  }
  .years input {
    width: 88px;
  }
  button {
    min-height: 36px;
    padding: 4px 12px;
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
  }
  :is(button, input, select, textarea, a):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .count,
  .notice {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .count {
    font-weight: 600;
  }
  .notice {
    color: var(--_muted);
    font-size: 0.875em;
    flex-basis: 100%;
  }
  .notice:empty {
    display: none;
  }
  .copy-fallback {
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding: 8px 10px;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface);
  }
  .copy-fallback p {
    margin: 0;
  }
  .copy-fallback textarea {
    width: 100%;
    font-family: ui-monospace, monospace;
    font-size: 0.8125em;
  }
  .copy-fallback button {
    align-self: flex-start;
  }

  /* ---- table ---- */
  .scroll-box {
    position: relative;
  }
  /* The shade at an edge with more columns beyond it: shown only when even the words are wider than the box. */
  .scroll-cue {
    position: absolute;
    top: 1px;
    bottom: 1px;
    width: 24px;
    display: flex;
    align-items: center;
    justify-content: center;
    opacity: 0;
    pointer-events: none;
    color: var(--_muted);
    font-size: 20px;
  }
  .scroll-cue.start {
    left: 1px;
    background: linear-gradient(to right, var(--_bg) 35%, transparent);
  }
  .scroll-cue.end {
    right: 1px;
    background: linear-gradient(to left, var(--_bg) 35%, transparent);
  }
  .scroll-cue.start::before {
    content: '‹';
  }
  .scroll-cue.end::before {
    content: '›';
  }
  .scroll-box[data-more-start] .scroll-cue.start,
  .scroll-box[data-more-end] .scroll-cue.end {
    opacity: 1;
  }
  .scroller {
    position: relative;
    overflow: auto;
    max-height: var(--sino-table-max-height, min(640px, 85vh));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overscroll-behavior: contain;
  }
  .narrow .scroller:not(.virtual) {
    max-height: none;
    overflow: visible;
    border: 0;
  }
  /* Laid out by its content at every width ("fit"): each column at least as wide as its longest word, so that
     no word is cut ("Créati/on"); only web addresses and runs of more than 30 characters ("long") may wrap
     anywhere. A table too wide to fit that way is "squeezed": tighter cells, and if the words alone are wider
     than the box, it scrolls sideways behind a cue at the edge. A virtual list (its rows come and go) fits the
     same way, its widths held by collapsed measure rows. */
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    table-layout: auto;
    font-variant-numeric: tabular-nums;
  }
  caption {
    padding: 8px 10px;
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 6px 10px;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }
  :is(td.format-url, .long) {
    overflow-wrap: anywhere;
  }
  /* Compact (an article column, 600 to 1,100 px): smaller type, tighter cells. */
  @container table (max-width: 1099px) {
    table {
      font-size: 0.875em;
    }
    th,
    td {
      padding-inline: 4px;
    }
    thead th {
      font-size: 0.875em;
    }
    th .sort {
      display: block;
      padding-inline: 4px;
    }
    th .sort-icon {
      display: inline-block;
      vertical-align: -0.125em;
      margin-inline-start: 2px;
    }
    .chips .chip {
      padding-inline: 4px;
    }
    .squeezed :is(th, td),
    .squeezed th .sort {
      padding-inline: 2px;
    }
  }
  /* A narrower column: a size smaller still, so that long words fit before the table has to squeeze. */
  @container table (max-width: 799px) {
    table {
      font-size: 0.8125em;
    }
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface);
    font-weight: 600;
    vertical-align: bottom;
    border-bottom: 2px solid var(--_border);
  }
  thead th:has(.sort) {
    padding: 0;
  }
  :is(th, td).type-number,
  :is(th, td).type-year {
    text-align: end;
  }
  .sort {
    display: flex;
    width: 100%;
    min-height: 40px;
    align-items: flex-end;
    gap: 4px;
    padding: 6px 10px;
    border: 0;
    border-radius: 0;
    background: transparent;
    font-weight: 600;
    text-align: start;
  }
  .type-number .sort,
  .type-year .sort {
    justify-content: flex-end;
    text-align: end;
  }
  .sort:hover {
    background: var(--_bg);
  }
  .sort:focus-visible {
    outline-offset: -3px;
  }
  .sort-icon {
    flex: none;
    width: 12px;
    height: 1em;
    position: relative;
    color: var(--_muted);
  }
  .sort-icon::before,
  .sort-icon::after {
    content: '';
    position: absolute;
    left: 1px;
    border: 4.8px solid transparent;
    opacity: 0.35;
  }
  .sort-icon::before {
    top: -3.2px;
    border-bottom-color: currentColor;
  }
  .sort-icon::after {
    bottom: -3.2px;
    border-top-color: currentColor;
  }
  .sort-icon.asc,
  .sort-icon.desc {
    color: var(--_text);
  }
  .sort-icon.asc::before,
  .sort-icon.desc::after {
    opacity: 1;
  }
  .sort-icon.asc::after,
  .sort-icon.desc::before {
    opacity: 0;
  }
  .sort-rank {
    font-size: 0.75em;
    color: var(--_muted);
  }
  tbody tr {
    cursor: pointer;
  }
  /* Counted in the columns' widths, not drawn (see renderMeasureRows). */
  .measure tr {
    visibility: collapse;
  }
  tbody tr:hover {
    background: color-mix(in srgb, var(--_surface) 60%, transparent);
  }
  tbody tr.selected,
  .card.selected {
    background: var(--sino-table-row-selected, var(--_surface));
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  th[scope='row'] {
    font-weight: 600;
  }
  .row-select {
    display: inline;
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .row-select:hover {
    background: none;
    text-decoration: underline;
  }
  .spacer,
  .spacer td {
    padding: 0;
    border: 0;
    cursor: default;
  }
  .spacer:hover {
    background: none;
  }
  .missing {
    color: var(--_muted);
  }
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    padding: 1px 7px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--sino-table-chip-background, var(--_surface));
    color: var(--sino-table-chip-color, var(--_text));
    font-size: 0.8125em;
  }
  a {
    color: var(--_focus);
    text-underline-offset: 2px;
  }
  .historical {
    margin-inline-start: 4px;
    color: var(--_muted);
    font-size: 0.75em;
    white-space: nowrap;
  }
  .not-a-link {
    color: var(--_muted);
  }
  .empty {
    margin: 0;
    padding: 12px;
    color: var(--_muted);
    text-align: center;
  }

  /* ---- cards ---- */
  .cards-caption {
    margin: 0 0 8px;
    font-weight: 600;
  }
  .scroller.virtual .cards-caption {
    padding: 8px 10px 0;
  }
  .cards {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: 10px 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-bottom: 8px;
    cursor: pointer;
  }
  .card-title {
    margin: 0 0 6px;
    font-size: 1.0625em;
  }
  .card dl {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    gap: 4px 12px;
    margin: 0;
  }
  .card-field {
    display: contents;
  }
  .card dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .card dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .show-more {
    display: block;
    width: 100%;
    min-height: 44px;
    margin: 8px 0 0;
    padding: 8px 12px;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .show-more:hover {
    background: var(--_surface);
  }
  .show-more:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .narrow .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(152px, 1fr));
    align-items: end;
  }
  .narrow .search {
    max-width: none;
    grid-column: 1 / -1;
  }
  .narrow select {
    width: 100%;
    max-width: 100%;
  }
  .narrow .years input {
    width: 100%;
  }
  .narrow .years {
    grid-template-columns: 1fr auto 1fr;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    tbody tr.selected,
    .card.selected {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .chip {
      border-color: CanvasText;
    }
  }
  @media print {
    .toolbar,
    .copy-fallback,
    .problems {
      display: none !important;
    }
    .scroller {
      max-height: none;
      overflow: visible;
      border: 0;
    }
    table {
      min-width: 0;
    }
    thead th {
      position: static;
    }
    .sort-icon {
      display: none;
    }
  }
`;
