/**
 * Renders the tab bar icons (81 × 81 PNG, what WeChat asks for; it takes no SVG) from the SVG shapes below
 * with the same Chromium the browser tests use. Run after changing a shape or a colour:
 *   node miniprogram/tools/tabbar-icons.js
 */
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const OUT = path.join(__dirname, '../src/assets/tabbar');
const COLORS = { normal: '#4e5969', active: '#1659b8' }; // = --color-text-secondary / --color-primary

const SHAPES = {
  // A house: roof, walls, a door.
  home: (color, filled) => `
    <path d="M12 37 L40.5 13 L69 37" fill="none" stroke="${color}" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>
    <path d="M20 33 V66 a3 3 0 0 0 3 3 H58 a3 3 0 0 0 3 -3 V33" fill="${filled ? color : 'none'}" stroke="${color}" stroke-width="6" stroke-linejoin="round"/>
    <path d="M34 69 V52 H47 V69" fill="${filled ? '#ffffff' : 'none'}" stroke="${filled ? '#ffffff' : color}" stroke-width="5" stroke-linejoin="round"/>`,
  // A person: head and shoulders.
  me: (color, filled) => `
    <circle cx="40.5" cy="27" r="13" fill="${filled ? color : 'none'}" stroke="${color}" stroke-width="6"/>
    <path d="M15 69 C15 53 26 45 40.5 45 C55 45 66 53 66 69 Z" fill="${filled ? color : 'none'}" stroke="${color}" stroke-width="6" stroke-linejoin="round"/>`,
};

(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 81, height: 81 }, deviceScaleFactor: 1 });
  for (const [name, shape] of Object.entries(SHAPES)) {
    for (const [variant, color] of Object.entries(COLORS)) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 81 81">${shape(color, variant === 'active')}</svg>`;
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
      const file = path.join(OUT, `${name}${variant === 'active' ? '-active' : ''}.png`);
      await page.locator('svg').screenshot({ path: file, omitBackground: true });
      console.log(file, fs.statSync(file).size, 'bytes');
    }
  }
  await browser.close();
})();
