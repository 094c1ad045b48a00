import { css } from 'lit';

export const styles = css`
  :host {
    --_point: var(--sino-typology-point, #1d3557);
    --_axis: var(--sino-typology-axis, #59636e);
    --_tint-a: var(--sino-typology-tint-a, #f3f5f8);
    --_tint-b: var(--sino-typology-tint-b, #fbf6f1);
    min-width: 0;
  }
  :host([theme='dark']) {
    --_point: var(--sino-typology-point, #cfe0ff);
    --_axis: var(--sino-typology-axis, #a6adb6);
    --_tint-a: var(--sino-typology-tint-a, #1c2026);
    --_tint-b: var(--sino-typology-tint-b, #221f1c);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      --_point: var(--sino-typology-point, #cfe0ff);
      --_axis: var(--sino-typology-axis, #a6adb6);
      --_tint-a: var(--sino-typology-tint-a, #1c2026);
      --_tint-b: var(--sino-typology-tint-b, #221f1c);
    }
  }

  .base {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    background: var(--_bg);
  }
  p {
    margin: 0;
  }
  button {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 4px 10px;
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .switch[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_bg);
    border-color: var(--_text);
  }
  .switch .fig-ref {
    font-size: 0.8125em;
    opacity: 0.8;
  }
  @container (max-width: 420px) {
    .switch {
      padding: 4px 8px;
      font-size: 0.875em;
    }
    .switch .fig-ref {
      display: none;
    }
  }
  .title {
    font-weight: 600;
  }

  .figure {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 4px;
  }
  .end {
    font-size: 0.875em;
    color: var(--_text);
  }
  .end-y-max,
  .end-y-min {
    text-align: center;
  }
  .arrow {
    color: var(--_axis);
    font-weight: 600;
  }
  .x-ends {
    display: flex;
    justify-content: space-between;
    gap: 16px;
  }
  .end-x-min,
  .end-x-max {
    max-width: 48%;
  }
  .end-x-max {
    text-align: end;
  }
  @container (min-width: 720px) {
    .figure {
      grid-template-columns: minmax(112px, 176px) minmax(0, 1fr) minmax(112px, 176px);
      grid-template-areas: '. ymax .' 'xmin plot xmax' '. ymin .';
      column-gap: 12px;
    }
    .x-ends {
      display: contents;
    }
    .end-y-max { grid-area: ymax; }
    .end-y-min { grid-area: ymin; }
    .plot { grid-area: plot; }
    .end-x-min,
    .end-x-max {
      max-width: none;
      align-self: center;
      transform: translateY(var(--_axis-offset, 0px));
    }
    .end-x-min {
      grid-area: xmin;
      text-align: end;
    }
    .end-x-max {
      grid-area: xmax;
      text-align: start;
    }
  }

  .plot {
    position: relative;
    min-width: 0;
  }
  .diagram {
    display: block;
    max-width: 100%;
    overflow: visible;
    border-radius: var(--_radius);
    -webkit-tap-highlight-color: transparent;
  }
  .tint.a { fill: var(--_tint-a); }
  .tint.b { fill: var(--_tint-b); }
  .axis {
    stroke: var(--_axis);
    stroke-width: 1.25;
  }
  .arrowhead {
    fill: var(--_axis);
  }
  .quadrant {
    fill: var(--_muted);
    font-weight: 600;
    dominant-baseline: central;
  }
  .label {
    fill: var(--_text);
    dominant-baseline: central;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
    cursor: pointer;
  }
  .label-bg {
    fill: var(--_bg);
    opacity: 0.85;
  }
  .label.is-selected {
    font-weight: 600;
    fill: var(--_accent);
  }
  .leader {
    stroke: var(--_axis);
    stroke-width: 1;
  }
  .point {
    cursor: pointer;
    outline: none;
  }
  .animate .point {
    transition: transform 450ms cubic-bezier(0.3, 0.7, 0.4, 1);
  }
  .animate .labels {
    animation: fade-in 450ms ease-out;
  }
  .animate .point.entering {
    animation: fade-in 450ms ease-out;
  }
  @keyframes fade-in {
    0%, 55% { opacity: 0; }
    100% { opacity: 1; }
  }
  .hit {
    fill: transparent;
  }
  .ring {
    fill: none;
    stroke: none;
  }
  .dot {
    fill: var(--_point);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .point:hover .dot {
    stroke: var(--_text);
  }
  .point.is-selected .dot {
    fill: var(--_accent);
  }
  .point.is-selected .ring {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .point.is-clamped .dot {
    stroke: var(--_accent);
    stroke-dasharray: 2 2;
  }
  .point:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .empty {
    position: absolute;
    inset: 40% 0 auto;
    text-align: center;
    color: var(--_muted);
  }

  .axes-key {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 20px;
    margin: 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .axes-key div {
    display: flex;
    gap: 5.6px;
  }
  .axes-key dt {
    font-weight: 600;
  }
  .axes-key dt::after {
    content: ':';
  }
  .axes-key dd {
    margin: 0;
  }
  .key {
    font-size: 0.875em;
  }
  .key-title {
    font-weight: 600;
  }
  .key ol {
    margin: 2px 0 0;
    padding: 0;
    list-style: none;
    columns: 2 192px;
    column-gap: 16px;
  }
  .key li.is-selected {
    color: var(--_accent);
    font-weight: 600;
  }
  .key-number {
    display: inline-block;
    min-width: 20px;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .note {
    padding: 6px 10px;
    border-inline-start: 3px solid var(--_border);
    background: var(--_surface);
    font-size: 0.8125em;
    color: var(--_text);
  }
  .actions {
    display: flex;
    justify-content: flex-end;
  }

  .tooltip {
    width: max-content;
    max-width: min(320px, 92vw);
    /* Hoverable (WCAG 1.4.13): the pointer may move onto it to read it. */
    pointer-events: auto;
  }
  .tooltip p + p {
    margin-top: 4px;
  }
  .tooltip-title {
    font-weight: 600;
  }
  .tooltip-type {
    color: var(--_muted);
  }
  .tooltip-regions span,
  .tooltip-source span {
    font-weight: 600;
  }
  .tooltip-regions span::after,
  .tooltip-source span::after {
    content: ' :';
  }
  :host(:lang(en)) .tooltip-regions span::after,
  :host(:lang(en)) .tooltip-source span::after,
  :host(:lang(zh)) .tooltip-regions span::after,
  :host(:lang(zh)) .tooltip-source span::after {
    content: ':';
  }
  .tooltip-source {
    color: var(--_muted);
  }
  .tooltip-clamped {
    color: var(--_accent);
  }

  .table-wrap {
    overflow-x: auto;
  }
  .table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  .table caption {
    text-align: start;
    font-weight: 600;
    padding-block: 4px;
  }
  .table th,
  .table td {
    text-align: start;
    padding: 4px 8px;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  .table th[scope='row'] {
    font-weight: 600;
  }
  .table .num {
    font-variant-numeric: tabular-nums;
  }
  .table tr.is-selected {
    background: var(--_surface);
  }

  @media (prefers-reduced-motion: reduce) {
    .animate .point {
      transition: none;
    }
    .animate .labels,
    .animate .point.entering {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .diagram {
      forced-color-adjust: none;
    }
    .tint,
    .tint.a,
    .tint.b { fill: Canvas; }
    .axis, .leader { stroke: CanvasText; }
    .arrowhead { fill: CanvasText; }
    .quadrant, .label { fill: CanvasText; stroke: Canvas; }
    .dot { fill: CanvasText; stroke: Canvas; }
    .point.is-selected .dot { fill: Highlight; }
    .point.is-selected .ring { stroke: Highlight; }
    .point:focus-visible .ring { stroke: Highlight; }
    .label-bg {
    fill: var(--_bg);
    opacity: 0.85;
  }
  .label.is-selected { fill: Highlight; }
    .switch[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .controls,
    .actions,
    .tooltip {
      display: none !important;
    }
    .figure,
    .card,
    .stair-row {
      break-inside: avoid;
    }
  }
`;
