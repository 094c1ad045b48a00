import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--sino-atlas-gap, 16px);
  }
  .base {
    container: atlas / inline-size;
    background: var(--_bg);
    color: var(--_text);
    padding: var(--_gap);
    border-radius: var(--_radius);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_space) var(--_gap);
    margin-block-end: var(--_gap);
    padding-block-end: var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  .intro {
    flex: 1 1 288px;
    min-width: 0;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 650;
    line-height: 1.25;
  }
  .help {
    margin: 4px 0 0;
    color: var(--_muted);
  }
  .switches {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space) var(--_gap);
  }
  .switch {
    display: inline-flex;
    flex-wrap: wrap;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .switch legend {
    padding: 0;
    margin-block-end: 4px;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .switch label {
    position: relative;
    display: inline-flex;
  }
  .switch input {
    position: absolute;
    inset: 0;
    opacity: 0;
    margin: 0;
    cursor: pointer;
  }
  .switch span,
  .reset {
    display: inline-block;
    min-height: 36px;
    padding: 6.4px 12px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    line-height: 1.35;
  }
  .switch label:not(:first-of-type) span {
    margin-inline-start: -1px;
  }
  .switch label:first-of-type span {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .switch label:last-of-type span {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .switch input:checked + span {
    position: relative;
    background: var(--_text);
    border-color: var(--_text);
    color: var(--_bg);
    font-weight: 600;
  }
  .switch input:hover + span {
    border-color: var(--_text);
  }
  .switch input:focus-visible + span,
  .reset:focus-visible {
    position: relative;
    z-index: 1;
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .reset {
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .reset:hover {
    background: var(--_surface);
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'map' 'typology' 'timeline' 'table';
    gap: var(--_gap);
    align-items: start;
  }
  .panel {
    min-width: 0;
    margin: 0;
  }
  .panel-map {
    grid-area: map;
  }
  .panel-typology {
    grid-area: typology;
  }
  .panel-timeline {
    grid-area: timeline;
  }
  .panel-table {
    grid-area: table;
  }
  .panel-title {
    margin: 0 0 var(--_space);
    font-size: 1em;
    font-weight: 650;
  }
  sino-park-table {
    --sino-table-max-height: var(--sino-atlas-table-height, min(512px, 80vh));
  }
  /* Below the fold, the timeline and the table are drawn when they come into view: their height is kept for
     them meanwhile (as drawn at 720 to 1,400 px), so that nothing moves when they are. */
  sino-timeline[data-sino-waiting],
  sino-park-table[data-sino-waiting],
  .pending-timeline,
  .pending-table {
    display: block;
    min-height: 680px;
  }
  /* The views are made in the task after the atlas's own first drawing (.pending-*: their place meanwhile). */
  /* The map and the typology wait a task or two for their turn (each view draws in a task of its own): about their
     height is kept for them, so that the views below are not taken for being in view meanwhile. */
  sino-province-map[data-sino-waiting],
  .pending-map {
    display: block;
    min-height: 560px;
  }
  sino-typology[data-sino-waiting],
  .pending-typology {
    display: block;
    min-height: 740px;
  }
  /* Wide: the two diagrams side by side, the timeline and the table across. */
  @container atlas (min-width: 896px) {
    .grid {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      grid-template-areas:
        'map typology'
        'timeline timeline'
        'table table';
    }
  }
  /* Phones: less padding, the switches on their own line. */
  @container atlas (max-width: 480px) {
    .switches {
      width: 100%;
    }
  }
  @media (max-width: 480px) {
    .base {
      padding: var(--_space);
    }
  }
  @media (forced-colors: active) {
    .switch input:checked + span {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
  @media print {
    .switches {
      display: none;
    }
    .grid {
      display: block;
    }
    .panel {
      break-inside: avoid;
      margin-block-end: var(--_gap);
    }
  }
`;
