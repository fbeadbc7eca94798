// The server's file mail transport: one RFC 5322 message per .eml file in <data>/mail, bodies quoted-
// printable, headers possibly RFC 2047 encoded.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function decodeQuotedPrintable(text) {
  const bytes = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function parse(raw) {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const headers = {};
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = raw.slice(split).trim();
  if (/quoted-printable/i.test(headers['content-transfer-encoding'] || '')) body = decodeQuotedPrintable(body);
  const to = (headers.to || '').match(/<([^>]+)>/)?.[1] || headers.to || '';
  return { headers, to: to.toLowerCase(), body, links: body.match(/https?:\/\/[^\s<>"]+/g) || [] };
}

export function mailTo(mailDir, address) {
  if (!existsSync(mailDir)) return [];
  return readdirSync(mailDir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => parse(readFileSync(join(mailDir, f), 'utf8')))
    .filter((m) => m.to === address.toLowerCase());
}

// Waits (at most 30 s) for a message to `address` with a link containing `part`; returns the link.
export async function waitForLink(mailDir, address, part) {
  for (let i = 0; i < 300; i++) {
    for (const m of mailTo(mailDir, address)) {
      const link = m.links.find((l) => l.includes(part));
      if (link) return link;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${address} with a link to ${part} in ${mailDir}`);
}
