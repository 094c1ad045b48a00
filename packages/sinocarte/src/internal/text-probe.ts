import { css } from 'lit';

/** The probe's style (text-metrics.ts), in every element that measures its labels: out of sight and of the accessibility tree. */
export const textProbeStyles = css`
  .text-probe {
    position: absolute;
    top: 0;
    left: 0;
    visibility: hidden;
    white-space: pre;
    pointer-events: none;
  }
`;
