import { css } from 'lit';

export const styles = css`
  :host {
    --_ramp-0: var(--sino-map-ramp-0, #fcd3ae);
    --_ramp-1: var(--sino-map-ramp-1, #f7a66f);
    --_ramp-2: var(--sino-map-ramp-2, #e8743e);
    --_ramp-3: var(--sino-map-ramp-3, #c44523);
    --_ramp-4: var(--sino-map-ramp-4, #8a1c14);
    --_zero: var(--sino-map-zero, #eef0f2);
    --_nodata: var(--sino-map-nodata, #c3c8ce);
    --_stroke: var(--sino-map-stroke, #ffffff);
    --_stroke-width: var(--sino-map-stroke-width, 0.75);
    --_park-fill: var(--sino-map-park-fill, #1d3557);
    --_park-stroke: var(--sino-map-park-stroke, #ffffff);
    position: relative;
    min-width: 0;
  }
  :host([theme='dark']) {
    --_ramp-0: var(--sino-map-ramp-0, #4a2a1f);
    --_ramp-1: var(--sino-map-ramp-1, #7d3b23);
    --_ramp-2: var(--sino-map-ramp-2, #b8542b);
    --_ramp-3: var(--sino-map-ramp-3, #e8834f);
    --_ramp-4: var(--sino-map-ramp-4, #ffc49c);
    --_zero: var(--sino-map-zero, #2b3038);
    --_nodata: var(--sino-map-nodata, #3a4049);
    --_stroke: var(--sino-map-stroke, #15181d);
    --_park-fill: var(--sino-map-park-fill, #e8eaed);
    --_park-stroke: var(--sino-map-park-stroke, #15181d);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      --_ramp-0: var(--sino-map-ramp-0, #4a2a1f);
      --_ramp-1: var(--sino-map-ramp-1, #7d3b23);
      --_ramp-2: var(--sino-map-ramp-2, #b8542b);
      --_ramp-3: var(--sino-map-ramp-3, #e8834f);
      --_ramp-4: var(--sino-map-ramp-4, #ffc49c);
      --_zero: var(--sino-map-zero, #2b3038);
      --_nodata: var(--sino-map-nodata, #3a4049);
      --_stroke: var(--sino-map-stroke, #15181d);
      --_park-fill: var(--sino-map-park-fill, #e8eaed);
      --_park-stroke: var(--sino-map-park-stroke, #15181d);
    }
  }

  .base {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    height: 100%;
    background: var(--_bg);
  }
  .frame {
    position: relative;
    flex: 1 1 auto;
    width: 100%;
    min-height: 160px;
    aspect-ratio: var(--sino-map-aspect-ratio, 4 / 3);
    overflow: hidden;
    border-radius: var(--_radius);
  }
  .map {
    display: block;
    position: absolute;
    inset: 0;
    touch-action: pan-x pan-y;
    user-select: none;
    -webkit-user-select: none;
    -webkit-tap-highlight-color: transparent;
    border-radius: var(--_radius);
  }
  .map.zoomed {
    touch-action: none;
    cursor: grab;
  }
  .map:focus {
    outline: none;
  }
  .map:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .zoom-layer {
    transform-origin: 0 0;
  }
  .animate .zoom-layer {
    transition: transform 250ms ease-out;
  }
  .region {
    stroke: var(--_stroke);
    stroke-width: var(--_stroke-width);
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
  }
  .region:hover {
    filter: brightness(0.92);
  }
  .region-mark {
    stroke: var(--_text);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  /* The small region's 24 px target: invisible, around its mark. */
  .region-dot {
    fill: transparent;
    cursor: pointer;
  }
  .value-label {
    fill: var(--_text);
    stroke: var(--_bg);
    stroke-width: 3px;
    paint-order: stroke;
    stroke-linejoin: round;
    text-anchor: middle;
    dominant-baseline: central;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    pointer-events: none;
  }
  .region-callout {
    stroke: var(--_text);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .island {
    fill: var(--_nodata);
    stroke: var(--_muted);
    stroke-width: 0.5;
    vector-effect: non-scaling-stroke;
  }
  .q0 { fill: var(--_ramp-0); }
  .q1 { fill: var(--_ramp-1); }
  .q2 { fill: var(--_ramp-2); }
  .q3 { fill: var(--_ramp-3); }
  .q4 { fill: var(--_ramp-4); }
  .zero { fill: var(--_zero); }
  .region.nodata,
  .region-mark.nodata { fill: url(#hatch); }
  .hatch-bg { fill: var(--_zero); }
  /* patterns: each class's pattern, in the regions, their small-region marks and the legend. */
  .patterns .region.zero, .patterns .region-mark.zero, .pattern-fill.zero { fill: url(#pattern-zero); }
  .patterns .region.q0, .patterns .region-mark.q0, .pattern-fill.q0 { fill: url(#pattern-q0); }
  .patterns .region.q1, .patterns .region-mark.q1, .pattern-fill.q1 { fill: url(#pattern-q1); }
  .patterns .region.q2, .patterns .region-mark.q2, .pattern-fill.q2 { fill: url(#pattern-q2); }
  .patterns .region.q3, .patterns .region-mark.q3, .pattern-fill.q3 { fill: url(#pattern-q3); }
  .patterns .region.q4, .patterns .region-mark.q4, .pattern-fill.q4 { fill: url(#pattern-q4); }
  .pattern-ink { fill: var(--_text); stroke: var(--_text); stroke-width: 1; }
  .pattern-ink.on-dark { fill: var(--_bg); stroke: var(--_bg); }
  .hatch-line { stroke: var(--_nodata); stroke-width: 3; }
  .outline {
    fill: none;
    pointer-events: none;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .selected-outline {
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .selected-halo {
    stroke: var(--_bg);
    stroke-width: 6;
  }
  .active-outline {
    display: none;
    stroke: var(--_focus);
    stroke-width: 3;
    stroke-dasharray: 5 3;
  }
  .map:focus-visible .active-outline {
    display: inline;
  }
  .park {
    fill: var(--_park-fill);
    stroke: var(--_park-stroke);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
  }
  /* Above 300 points: a canvas paints the dots (the grid hit-tests them); the same dots as SVG paths (zero-length
     lines, round caps) are displayed only in the downloaded image. */
  .park-canvas {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  .park-points,
  .park-points-outline {
    display: none;
    fill: none;
    stroke-linecap: round;
    pointer-events: none;
  }
  .exporting .park-points,
  .exporting .park-points-outline {
    display: inline;
  }
  .park-points {
    stroke: var(--_park-fill);
  }
  .park-points-outline {
    stroke: var(--_park-stroke);
  }

  .controls {
    position: absolute;
    top: var(--_space);
    inset-inline-end: var(--_space);
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .controls button {
    width: 32px;
    height: 32px;
    font-size: 18px;
    line-height: 1;
    padding: 0;
  }
  /* Phones: top right is the north-east (Heilongjiang); the bottom-left corner, below Tibet, is empty. */
  @container (max-width: 600px) {
    .controls {
      inset: auto auto var(--_space) var(--_space);
      flex-direction: row;
    }
  }
  @container (max-width: 480px) {
    .controls button {
      width: 28px;
      height: 28px;
      font-size: 16px;
    }
    .legend-actions {
      margin-inline-start: 0;
    }
  }
  .wheel-hint {
    position: absolute;
    inset: auto 0 var(--_space) 0;
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

  .tooltip {
    max-width: min(288px, 90%);
  }
  .tooltip-title {
    font-weight: 600;
  }
  .tooltip-kind,
  .tooltip-note {
    color: var(--_muted);
  }
  .tooltip-value {
    margin-top: 2px !important;
    font-variant-numeric: tabular-nums;
  }
  .tooltip-innovation {
    margin-top: 4px !important;
    padding-top: 4px;
    border-top: 1px solid var(--_border);
  }
  .tooltip-innovation span {
    font-weight: 600;
  }
  .tooltip-items {
    margin: 4px 0 0;
    padding-inline-start: 16px;
  }

  /* The metric switch: a segmented control of real buttons. */
  .metric-switch {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 0;
    margin-block-end: var(--_space);
    font-size: 0.875em;
  }
  .metric-switch-label {
    margin-inline-end: 8px;
    color: var(--_muted);
  }
  .metric-switch button {
    min-height: 32px;
    padding: 4px 10px;
    border-radius: 0;
    line-height: 1.3;
  }
  .metric-switch button + button {
    margin-inline-start: -1px;
  }
  .metric-switch button:first-of-type {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .metric-switch button:last-of-type {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .metric-switch button[aria-pressed='true'] {
    position: relative;
    background: var(--_text);
    border-color: var(--_text);
    color: var(--_bg);
    font-weight: 600;
  }
  .metric-switch button:focus-visible {
    position: relative;
    z-index: 1;
  }
  @media (forced-colors: active) {
    .metric-switch button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
  @media print {
    .metric-switch {
      display: none;
    }
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 16px;
    font-size: 0.875em;
  }
  .legend-title {
    margin: 0;
    font-weight: 600;
  }
  .swatches {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .swatches li {
    display: flex;
    align-items: center;
    gap: 4.8px;
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    display: inline-block;
    width: 16px;
    height: 12px;
    border: 1px solid var(--_border);
    border-radius: 2px;
    forced-color-adjust: none;
  }
  .swatch.q0 { background: var(--_ramp-0); }
  .swatch.q1 { background: var(--_ramp-1); }
  .swatch.q2 { background: var(--_ramp-2); }
  .swatch.q3 { background: var(--_ramp-3); }
  .swatch.q4 { background: var(--_ramp-4); }
  .swatch.zero { background: var(--_zero); }
  .swatch-pattern {
    display: block;
    width: 100%;
    height: 100%;
  }
  .swatch.nodata {
    background: repeating-linear-gradient(45deg, var(--_nodata) 0 2px, var(--_zero) 2px 5px);
  }
  .legend-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    margin-inline-start: auto;
  }
  .park-toggle {
    display: inline-flex;
    align-items: center;
    gap: 4.8px;
    cursor: pointer;
  }
  .park-dot {
    display: inline-block;
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--_park-fill);
    forced-color-adjust: none;
  }
  .table-toggle {
    padding: 4px 10px;
  }

  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  .table-scroll:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
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
  .table td:nth-child(2) {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .table th[scope='row'] {
    font-weight: normal;
  }
  .table tr.is-selected {
    background: var(--_surface);
  }

  @media (prefers-reduced-motion: reduce) {
    .animate .zoom-layer {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .map {
      forced-color-adjust: none;
    }
    .region {
      stroke: CanvasText;
    }
    .selected-outline {
      stroke: Highlight;
    }
    .selected-halo {
      stroke: Canvas;
    }
    .value-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    /* patterns: only the shapes tell the classes apart, in the system's two colours. */
    .pattern-bg {
      fill: Canvas;
    }
    .pattern-ink,
    .pattern-ink.on-dark {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .active-outline {
      stroke: CanvasText;
    }
    .map:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .controls,
    .legend-actions,
    .wheel-hint,
    .tooltip {
      display: none !important;
    }
    .frame {
      break-inside: avoid;
      aspect-ratio: auto;
      min-height: 0;
    }
    .map {
      position: static;
      width: 100%;
    }
  }
`;
