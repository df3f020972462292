import { css } from 'lit';

/**
 * The design tokens every component reads. Pages theme the kit with the public `--portal-*`
 * custom properties (set them on `:root` or any ancestor); components read the private
 * `--_*` copies defined here, which fall back to the kit's defaults — light, dark (through
 * `prefers-color-scheme`) and Windows high contrast (`forced-colors`, system colors).
 *
 * Public tokens: `--portal-color-text`, `--portal-color-text-muted`, `--portal-color-surface`,
 * `--portal-color-surface-muted`, `--portal-color-border`, `--portal-color-accent`,
 * `--portal-color-accent-contrast`, `--portal-color-danger`, `--portal-color-notice`,
 * `--portal-color-notice-text`, `--portal-color-focus`, `--portal-font-family`,
 * `--portal-font-size`, `--portal-line-height`, `--portal-space-xs`, `--portal-space-s`,
 * `--portal-space-m`, `--portal-space-l`, `--portal-radius`, `--portal-focus-ring-width`.
 *
 * Care mode (关怀版, the elder-friendly mode of government sites: larger text, stronger contrast,
 * no motion) is answered here, once, for every component: custom properties inherit through
 * shadow roots, so the document-level `careModeStyles` (care-mode.styles.ts) sets `--portal-care-scale` (text
 * size factor), `--portal-care-color-text-muted`, `--portal-care-color-border` (stronger
 * secondary text and borders) and `--portal-care-motion` (`0`: nothing moves) on the root while
 * `data-portal-care="on"` is set on `<html>`, and the private tokens below follow them. A
 * component's animations and transitions multiply their durations by `--_motion`.
 */
export const tokens = css`
  :host {
    --_color-text: var(--portal-color-text, #1f2328);
    --_color-text-muted: var(
      --portal-care-color-text-muted,
      var(--portal-color-text-muted, #57606a)
    );
    --_color-surface: var(--portal-color-surface, #ffffff);
    --_color-surface-muted: var(--portal-color-surface-muted, #eef1f4);
    --_color-border: var(--portal-care-color-border, var(--portal-color-border, #d0d7de));
    --_color-accent: var(--portal-color-accent, #0b57a4);
    --_color-accent-contrast: var(--portal-color-accent-contrast, #ffffff);
    --_color-danger: var(--portal-color-danger, #b3261e);
    --_color-notice: var(--portal-color-notice, #fff5cc);
    --_color-notice-text: var(--portal-color-notice-text, #4d3800);
    --_color-focus: var(--portal-color-focus, #0b57a4);
    --_font-family: var(
      --portal-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      'PingFang SC',
      'Microsoft YaHei',
      'Noto Sans',
      'Noto Sans Arabic',
      sans-serif
    );
    --_font-size: calc(var(--portal-font-size, 1rem) * var(--portal-care-scale, 1));
    --_line-height: var(--portal-line-height, 1.5);
    --_space-xs: var(--portal-space-xs, 0.25rem);
    --_space-s: var(--portal-space-s, 0.5rem);
    --_space-m: var(--portal-space-m, 1rem);
    --_space-l: var(--portal-space-l, 1.5rem);
    --_radius: var(--portal-radius, 0.375rem);
    --_focus-ring-width: var(--portal-focus-ring-width, 3px);
    /* 1: animations and transitions run; 0 in care mode (durations are multiplied by it). */
    --_motion: var(--portal-care-motion, 1);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_color-text: var(--portal-color-text, #e6e8eb);
      --_color-text-muted: var(
        --portal-care-color-text-muted,
        var(--portal-color-text-muted, #aab3bd)
      );
      --_color-surface: var(--portal-color-surface, #15181c);
      --_color-surface-muted: var(--portal-color-surface-muted, #262b31);
      --_color-border: var(--portal-care-color-border, var(--portal-color-border, #3d444d));
      --_color-accent: var(--portal-color-accent, #7cb7ff);
      --_color-accent-contrast: var(--portal-color-accent-contrast, #0b1a2b);
      --_color-danger: var(--portal-color-danger, #ff9a92);
      --_color-notice: var(--portal-color-notice, #3b3000);
      --_color-notice-text: var(--portal-color-notice-text, #ffe8a3);
      --_color-focus: var(--portal-color-focus, #7cb7ff);
    }
  }

  @media (forced-colors: active) {
    :host {
      --_color-text: CanvasText;
      --_color-text-muted: CanvasText;
      --_color-surface: Canvas;
      --_color-surface-muted: Canvas;
      --_color-border: CanvasText;
      --_color-accent: LinkText;
      --_color-accent-contrast: ButtonText;
      --_color-danger: CanvasText;
      --_color-notice: Canvas;
      --_color-notice-text: CanvasText;
      --_color-focus: Highlight;
    }
  }
`;

/**
 * Helpers shared by components: `hidden` on the host, the inner `base` part's font and colour,
 * visually hidden text, the focus ring, reduced motion.
 */
export const shared = css`
  :host([hidden]) {
    display: none;
  }

  .base {
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
