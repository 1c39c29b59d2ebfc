/**
 * Measuring the MIIT 适老化 thresholds in the rendered page (computed styles in Chromium), on the page that is
 * showing (Taro H5 keeps earlier pages of the stack in the DOM, hidden).
 */
import type { Page } from 'playwright-core';

export interface ElderReport {
  /** Elements with their own text whose font is smaller than the minimum. */
  smallText: string[];
  /** ... whose line height is below 1.3 × font size. */
  tightLines: string[];
  /** ... whose text colour on its background is below 4.5:1. */
  lowContrast: string[];
  /** Buttons, links and inputs smaller than the minimum tap target. */
  smallTargets: string[];
  /** How many text elements and targets were measured (so an empty page cannot pass). */
  measuredText: number;
  measuredTargets: number;
  /** Whether the page root carries the elder-mode class. */
  elderClass: boolean;
}

export async function measureElder(page: Page, minFont: number, minTarget: number): Promise<ElderReport> {
  return page.evaluate(
    ({ minFont, minTarget }) => {
      const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page_show, .taro_page'));
      const root = pages.filter((el) => el.offsetParent !== null || getComputedStyle(el).display !== 'none').pop() ?? document.body;
      const parse = (colour: string): number[] | null => {
        const m = colour.match(/rgba?\(([^)]+)\)/);
        if (!m) return null;
        const parts = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
        return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
      };
      const luminance = ([r, g, b]: number[]) => {
        const lin = (c: number) => {
          const s = c / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      const background = (el: Element): number[] => {
        for (let node: Element | null = el; node; node = node.parentElement) {
          const style = getComputedStyle(node);
          const image = style.backgroundImage;
          if (image && image !== 'none') {
            // A gradient: judge against its lightest stop (the worse case for light text is checked too).
            const stops = (image.match(/rgba?\([^)]+\)/g) ?? []).map((c) => parse(c)!).filter(Boolean);
            if (stops.length) return stops.sort((a, b) => luminance(b) - luminance(a))[0];
          }
          const colour = parse(style.backgroundColor);
          if (colour && colour[3] > 0.5) return colour;
        }
        return [255, 255, 255, 1];
      };
      const label = (el: Element) => `${el.className || el.tagName}: ${(el.textContent ?? '').trim().slice(0, 20)}`;
      const visible = (el: HTMLElement) => {
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) return false;
        if (el.closest('.sr-only, [aria-hidden="true"]')) return false;
        const style = getComputedStyle(el);
        return style.visibility !== 'hidden' && style.display !== 'none';
      };
      const report = { smallText: [] as string[], tightLines: [] as string[], lowContrast: [] as string[], smallTargets: [] as string[], measuredText: 0, measuredTargets: 0, elderClass: !!root.querySelector('.ui-root--elder') };
      const all = Array.from(root.querySelectorAll<HTMLElement>('*'));
      for (const el of all) {
        const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim());
        if (!ownText || !visible(el)) continue;
        const style = getComputedStyle(el);
        const size = parseFloat(style.fontSize);
        report.measuredText += 1;
        if (size < minFont - 0.01) report.smallText.push(`${label(el)} (${size}px)`);
        const lh = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
        if (lh / size < 1.3 - 0.001) report.tightLines.push(`${label(el)} (${(lh / size).toFixed(2)})`);
        const fg = parse(style.color)!;
        const bg = background(el);
        const l1 = luminance(fg);
        const l2 = luminance(bg);
        const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        if (ratio < 4.5) report.lowContrast.push(`${label(el)} (${ratio.toFixed(2)}:1)`);
      }
      const targets = Array.from(root.querySelectorAll<HTMLElement>('[role="button"], [role="link"], input, textarea, button'));
      for (const el of targets) {
        if (!visible(el)) continue;
        const box = (el.closest('.home-search') as HTMLElement | null) && el.tagName === 'INPUT' ? el.closest('.home-search')!.getBoundingClientRect() : el.getBoundingClientRect();
        report.measuredTargets += 1;
        if (box.width < minTarget - 0.5 || box.height < minTarget - 0.5) report.smallTargets.push(`${label(el)} (${Math.round(box.width)}×${Math.round(box.height)})`);
      }
      return report;
    },
    { minFont, minTarget },
  );
}
