import { css } from 'lit';

export const styles = css`
  :host {
    --_mix: 0%;
    position: relative;
    min-width: 0;
  }
  :host([theme='dark']) {
    --_mix: 28%;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      --_mix: 28%;
    }
  }
  /* One colour per lane; dark themes lighten them so they keep their contrast. */
  .lane-relations { --_c: var(--sino-timeline-color-relations, #c0392b); }
  .lane-agreement { --_c: var(--sino-timeline-color-agreement, #c0650f); }
  .lane-china-policy { --_c: var(--sino-timeline-color-china-policy, #9a7d0a); }
  .lane-five-year-plan { --_c: var(--sino-timeline-color-five-year-plan, #7e5a2e); }
  .lane-torch { --_c: var(--sino-timeline-color-torch, #1e8449); }
  .lane-park { --_c: var(--sino-timeline-color-park, #4d8f2a); }
  .lane-law-france { --_c: var(--sino-timeline-color-law-france, #2e5fa8); }
  .lane-institutions { --_c: var(--sino-timeline-color-institutions, #4a6fc4); }
  .lane-rencontres { --_c: var(--sino-timeline-color-rencontres, #7d3c98); }
  .lane-comite-chine { --_c: var(--sino-timeline-color-comite-chine, #9b59b6); }
  .lane-partnership { --_c: var(--sino-timeline-color-partnership, #0e7c86); }
  .lane-research { --_c: var(--sino-timeline-color-research, #b0245a); }
  .lane-other { --_c: var(--sino-timeline-color-other, #6b7280); }
  .lane,
  .chip,
  .panel,
  .tooltip .swatch {
    --_fill: color-mix(in srgb, var(--_c), #ffffff var(--_mix));
  }

  .base {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    background: var(--_bg);
  }

  /* ---- toolbar: legend filter, region, range ---- */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 16px;
    font-size: 0.875em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    flex: 1 1 448px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4.8px;
    padding: 2px 8px;
    border-radius: 999px;
    font-size: 0.9375em;
  }
  .chip[aria-pressed='false'] {
    color: var(--_muted);
    border-style: dashed;
    text-decoration: line-through;
  }
  .chip[aria-pressed='false'] .swatch {
    background: transparent;
  }
  .chip-count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 3px;
    border: 2px solid var(--_fill);
    background: var(--_fill);
    forced-color-adjust: none;
  }
  .show-all {
    border-style: solid;
  }
  .region-filter {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 2px 4px;
    max-width: 192px;
  }
  .range-label {
    margin: 0;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  /* ---- chart ---- */
  .frame {
    position: relative;
    width: 100%;
    min-height: 96px;
  }
  .sizer {
    position: absolute;
    inset: 0 0 auto 0;
    height: 0;
    visibility: hidden;
  }
  @container (max-width: 599.98px) {
    .frame {
      height: var(--sino-timeline-height, 480px);
    }
  }
  .chart {
    display: block;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    -webkit-tap-highlight-color: transparent;
    border-radius: var(--_radius);
    cursor: grab;
    font-size: 11px;
  }
  .vertical .chart {
    touch-action: pan-x pan-y;
  }
  .chart:focus {
    outline: none;
  }
  .chart:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .lane-bg {
    fill: var(--_bg);
  }
  .lane-bg.odd {
    fill: var(--_surface);
  }
  .lane-label {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 600;
    dominant-baseline: central;
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .tick {
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .tick-end,
  .vertical .tick {
    text-anchor: end;
    dominant-baseline: central;
  }
  .event {
    fill: var(--_fill);
    stroke: var(--_fill);
    stroke-width: 1;
    cursor: pointer;
  }
  .event.span {
    fill-opacity: 0.3;
  }
  .event:hover {
    fill-opacity: 0.6;
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
  .cluster {
    cursor: zoom-in;
  }
  .cluster-box {
    fill: var(--_bg);
    stroke: var(--_fill);
    stroke-width: 2;
  }
  .cluster:hover .cluster-box {
    fill: var(--_surface);
  }
  .count {
    fill: var(--_text);
    font-size: 10px;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
    font-variant-numeric: tabular-nums;
  }
  .ring {
    fill: none;
    pointer-events: none;
  }
  .selected-ring {
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .active-ring {
    display: none;
    stroke: var(--_focus);
    stroke-width: 2;
    stroke-dasharray: 4 2;
  }
  .chart:focus-visible .active-ring {
    display: inline;
  }
  .empty {
    fill: var(--_muted);
    text-anchor: middle;
    font-size: 13px;
  }

  /* Horizontal: in the band under the last lane (CONTROLS_BAND in the component), where they cover no mark. */
  .controls {
    position: absolute;
    bottom: 2px;
    inset-inline-end: var(--_space);
    display: flex;
    gap: 2px;
  }
  .controls button {
    width: 32px;
    height: 32px;
    font-size: 18px;
    line-height: 1;
    padding: 0;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.15);
  }
  /* Vertical (phones): in the empty corner above the time axis, left of the lane names (84 px band, 52 px
     axis), where they cover neither a name nor a mark. */
  .vertical .controls {
    flex-direction: column;
    top: 4px;
    bottom: auto;
    inset-inline: 6px auto;
  }
  .vertical .controls button {
    width: 28px;
    height: 28px;
    font-size: 16px;
  }
  .wheel-hint {
    position: absolute;
    inset: 40% 0 auto 0;
    margin: 0 auto;
    width: max-content;
    max-width: 90%;
    padding: 4px 10px;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_bg);
    font-size: 0.8125em;
    pointer-events: none;
  }

  /* ---- overview strip ---- */
  .overview:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .overview {
    display: block;
    width: 100%;
    height: 32px;
    touch-action: none;
    cursor: crosshair;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .density {
    stroke: var(--_muted);
    fill: none;
  }
  .shade {
    fill: var(--_surface);
    fill-opacity: 0.7;
  }
  .brush {
    fill: var(--_focus);
    fill-opacity: 0.12;
    stroke: var(--_focus);
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
    cursor: grab;
  }
  .handle {
    fill: transparent;
    cursor: ew-resize;
  }

  /* ---- tooltip ---- */
  .tooltip {
    max-width: min(320px, 90%);
    /* Hoverable (WCAG 1.4.13): the pointer may move onto it to read it. */
    pointer-events: auto;
  }
  .tooltip-date,
  .tooltip-category {
    color: var(--_muted);
  }
  .tooltip-title {
    font-weight: 600;
  }
  .tooltip-category {
    display: flex;
    align-items: center;
    gap: 4.8px;
  }
  .tooltip-items {
    margin: 4px 0 0;
    padding-inline-start: 16px;
  }

  /* ---- detail panel ---- */
  .panel {
    padding: 10px 12px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_fill, var(--_border));
    border-radius: var(--_radius);
  }
  .panel p {
    margin: 0;
  }
  .panel-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px;
  }
  .panel-category {
    display: flex;
    align-items: center;
    gap: 4.8px;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .panel-title {
    font-weight: 600;
    font-size: 1.0625em;
  }
  .panel-date {
    font-variant-numeric: tabular-nums;
  }
  .panel-note,
  .panel-corrected {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .panel-description {
    margin-top: 6px !important;
  }
  .close {
    flex: none;
    width: 32px;
    height: 32px;
    font-size: 20px;
    line-height: 1;
    padding: 0;
  }
  dl {
    margin: 6px 0 0;
  }
  .linked {
    display: flex;
    gap: 6px;
    font-size: 0.875em;
  }
  dt {
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  .sources {
    margin-top: 6px;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .sources-title {
    font-weight: 600;
  }
  .sources ul,
  .cluster-list {
    margin: 0;
    padding-inline-start: 18px;
  }
  cite {
    font-style: italic;
  }

  /* ---- list alternative ---- */
  .list-actions {
    display: flex;
    justify-content: flex-end;
  }
  .list-toggle {
    padding: 4px 10px;
    font-size: 0.875em;
  }
  .list[hidden] {
    display: none;
  }
  .list-caption {
    margin: 0 0 4px;
    font-weight: 600;
    font-size: 0.875em;
  }
  .list ol {
    margin: 0;
    padding-inline-start: 36px;
    max-height: 384px;
    overflow: auto;
    font-size: 0.875em;
  }
  .list-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 8px;
    width: 100%;
    /* A 24 px target at least (WCAG 2.5.8), apart from the next one. */
    min-height: 24px;
    margin-block: 2px;
    padding: 2px 4px;
    border: 0;
    background: transparent;
    text-align: start;
  }
  .cluster-list .list-item {
    display: inline;
    width: auto;
  }
  .list-date {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .list-category {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .list li.is-selected {
    background: var(--_surface);
  }

  /* Fades in under the pointer only: a mark that a zoom turns from a point into a span is drawn at once, not
     repainted over the frames of a transition. */
  @media (prefers-reduced-motion: no-preference) {
    .event:hover {
      transition: fill-opacity 120ms;
    }
  }
  @media (forced-colors: active) {
    .chart,
    .overview {
      forced-color-adjust: none;
    }
    .event,
    .cluster-box {
      stroke: CanvasText;
    }
    .label,
    .count,
    .lane-label,
    .tick {
      fill: CanvasText;
    }
    .selected-ring,
    .active-ring {
      stroke: Highlight;
    }
  }
  @media print {
    .controls,
    .wheel-hint,
    .tooltip,
    .overview,
    .list-actions,
    .close,
    .region-filter,
    .show-all {
      display: none !important;
    }
    .chip {
      border: 0;
    }
    .frame {
      break-inside: avoid;
    }
  }
`;
