// The SCORM 1.2 zip as an LMS reads it: imsmanifest.xml at the root, well-formed, SCORM 1.2, one
// SCO per scenario with the mastery score, and every file it names in the zip (and every file of
// the zip named), with nothing that calls another host.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../src/content/scenarios';
import { MASTERY_SCORE } from '../src/scorm/cmi';
import { sharedBuild } from './browser/server';
import { registeredScenarios, scormZip } from '../tools/package';

type Node = Record<string, unknown>;
const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

describe('the SCORM 1.2 package', () => {
  let dir: string;
  let files: Record<string, Uint8Array>;
  let xml: string;
  let manifest: Node;

  beforeAll(async () => {
    dir = await sharedBuild('scorm');
    files = unzipSync(scormZip(dir));
    xml = new TextDecoder().decode(files['imsmanifest.xml']);
    manifest = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).manifest as Node;
  }, 120_000);

  it('has a well-formed SCORM 1.2 imsmanifest.xml at its root', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(manifest['@xmlns']).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
    expect(manifest['@xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2');
    const meta = manifest.metadata as Node;
    expect(meta.schema).toBe('ADL SCORM');
    expect(String(meta.schemaversion)).toBe('1.2');
  });

  it('offers one SCO per scenario, each with the mastery score, launching the game on that scenario', () => {
    const orgs = manifest.organizations as Node;
    const org = list(orgs.organization as Node | Node[]).find((o) => o['@identifier'] === orgs['@default'])!;
    const items = list(org.item as Node | Node[]);
    const resources = list((manifest.resources as Node).resource as Node | Node[]);
    const real = SCENARIOS.filter((s) => !s.demo).map((s) => s.id);
    // The packaging script reads the same list as the game.
    expect(registeredScenarios().filter((s) => !s.demo).map((s) => s.id)).toEqual(real);
    expect(items.map((i) => i['@identifier'])).toEqual(real.map((id) => `item-${id}`));
    for (const item of items) {
      expect(Number(item['adlcp:masteryscore'])).toBe(MASTERY_SCORE);
      expect(String(item.title).length).toBeGreaterThan(0);
      const res = resources.find((r) => r['@identifier'] === item['@identifierref'])!;
      expect(res['@adlcp:scormtype']).toBe('sco');
      expect(res['@href']).toBe(`index.html?scenario=${String(item['@identifier']).slice('item-'.length)}`);
    }
  });

  it('lists every file of the zip, and every file it lists is in the zip', () => {
    const resources = list((manifest.resources as Node).resource as Node | Node[]);
    const ids = new Set(resources.map((r) => r['@identifier']));
    const named = new Set<string>();
    for (const r of resources) {
      for (const f of list(r.file as Node | Node[])) named.add(String(f['@href']));
      for (const d of list(r.dependency as Node | Node[])) expect(ids.has(d['@identifierref'])).toBe(true);
      if (r['@href']) expect(files[String(r['@href']).split('?')[0]!]).toBeDefined();
    }
    const inZip = Object.keys(files).filter((f) => f !== 'imsmanifest.xml');
    expect([...named].filter((f) => !files[f])).toEqual([]);
    expect(inZip.filter((f) => !named.has(f))).toEqual([]);
    // The whole game: the page, its scripts and the stories.
    expect(inZip).toContain('index.html');
    for (const s of SCENARIOS) expect(inZip.some((f) => f.startsWith(`assets/${s.id}-`) && f.endsWith('.js')), s.id).toBe(true);
    // No service worker in an LMS: it would outlive the package on the LMS's own pages.
    expect(inZip.some((f) => /(^|\/)sw\.js$|workbox/.test(f))).toBe(false);
  });

  it('has a package per scenario too, with that scenario as its only SCO', () => {
    const one = unzipSync(scormZip(dir, { scenarios: ['photos-patients'] }));
    const m = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(new TextDecoder().decode(one['imsmanifest.xml'])).manifest as Node;
    const org = list((m.organizations as Node).organization as Node | Node[])[0]!;
    expect(list(org.item as Node | Node[]).map((i) => i['@identifierref'])).toEqual(['sco-photos-patients']);
    const scos = list((m.resources as Node).resource as Node | Node[]).filter((r) => r['@adlcp:scormtype'] === 'sco');
    expect(scos.map((r) => r['@href'])).toEqual(['index.html?scenario=photos-patients']);
    expect(Object.keys(one).sort()).toEqual(Object.keys(files).sort());
  });

  it('loads nothing from another host and evaluates no string as code', () => {
    const html = new TextDecoder().decode(files['index.html']);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    for (const [name, bytes] of Object.entries(files)) {
      if (!name.endsWith('.js')) continue;
      const code = new TextDecoder().decode(bytes);
      // No fetch, import or worker from a URL with a host (namespace names and links in comments aside).
      expect(code, name).not.toMatch(/(fetch|import|Worker)\(\s*["'`]https?:/);
      // No code made from strings: a Content-Security-Policy without 'unsafe-eval' holds.
      expect(code, name).not.toMatch(/(^|[^\w.$])eval\(|new Function\(/);
    }
  });
});
