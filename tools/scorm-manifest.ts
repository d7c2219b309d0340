// imsmanifest.xml of the SCORM 1.2 package. One SCO per scenario: a trainer can place one scenario
// in a given week of a Moodle course, each SCO has its own score, status and resume data, and
// Moodle's reports show each scenario apart. All SCOs share one copy of the game (an asset
// resource), each launched as index.html?scenario=<id>.
import { MASTERY_SCORE } from '../src/scorm/cmi.ts';

export interface ManifestScenario {
  id: string;
  title: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export function scormManifest(opts: { title: string; version: string; scenarios: readonly ManifestScenario[]; files: readonly string[]; mastery?: number }): string {
  const mastery = opts.mastery ?? MASTERY_SCORE;
  const items = opts.scenarios.map((s) => `      <item identifier="item-${s.id}" identifierref="sco-${s.id}" isvisible="true">
        <title>${esc(s.title)}</title>
        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>
      </item>`).join('\n');
  const scos = opts.scenarios.map((s) => `    <resource identifier="sco-${s.id}" type="webcontent" adlcp:scormtype="sco" href="index.html?scenario=${esc(encodeURIComponent(s.id))}">
      <file href="index.html"/>
      <dependency identifierref="game"/>
    </resource>`).join('\n');
  const files = [...opts.files].sort().map((f) => `      <file href="${esc(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="soignants-reseaux-sociaux-${esc(opts.version)}" version="${esc(opts.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="soignants">
    <organization identifier="soignants">
      <title>${esc(opts.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${scos}
    <resource identifier="game" type="webcontent" adlcp:scormtype="asset">
${files}
    </resource>
  </resources>
</manifest>
`;
}
