import type { Page } from 'playwright-core';

/**
 * The average brightness (0–255) of the pixels of a screenshot inside a box (fractions of its
 * width and height), decoded by the page itself: a data: image drawn on a canvas.
 */
export async function brightness(page: Page, png: Buffer, box = { x0: 0, y0: 0, x1: 1, y1: 1 }): Promise<number> {
  return page.evaluate(
    async ({ data, box }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const [x, y] = [Math.floor(box.x0 * img.width), Math.floor(box.y0 * img.height)];
      const [w, h] = [Math.max(1, Math.floor((box.x1 - box.x0) * img.width)), Math.max(1, Math.floor((box.y1 - box.y0) * img.height))];
      const pixels = ctx.getImageData(x, y, w, h).data;
      let sum = 0;
      for (let i = 0; i < pixels.length; i += 4) sum += (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3;
      return sum / (pixels.length / 4);
    },
    { data: png.toString('base64'), box },
  );
}
