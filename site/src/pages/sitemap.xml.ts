/** 站点地图：每个页面一个地址（用 astro.config 的 site 和根路径 base 拼成完整地址）。 */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/base.ts';
import { noticeTexts, textPath } from '../lib/notice-text.ts';
import { allPolicies } from '../ui/core.ts';
import { policyPath } from '../ui/format.ts';

const PAGES = ['/', '/calculator/', '/policy/', '/compare/', '/format/', '/privacy/'];

export const GET: APIRoute = ({ site }) => {
  const paths = [
    ...PAGES,
    ...allPolicies.flatMap((p) => (noticeTexts.has(p.id) ? [policyPath(p.id), textPath(p.id)] : [policyPath(p.id)])),
  ];
  const urls = paths.map((p) => `  <url><loc>${new URL(withBase(p), site).href}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};
